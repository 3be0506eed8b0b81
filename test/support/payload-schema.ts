// The committed JSON Schema of the ci-relay payload, compiled once: tests validate every payload
// they build or receive against it.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'

const schema = JSON.parse(
  readFileSync(new URL('../../schema/ci-relay-payload.schema.json', import.meta.url), 'utf8'),
) as object

const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true })
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/)
ajv.addFormat('uri', (value: string) => URL.canParse(value))
export const validateCiRelayPayload = ajv.compile(schema)

export function assertValidCiRelayPayload(payload: unknown): void {
  const ok = validateCiRelayPayload(payload)
  assert.ok(ok, JSON.stringify(validateCiRelayPayload.errors, null, 2))
}
