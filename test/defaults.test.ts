// The input table alone decides a default: the reader applies it, and no call site restates it.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { InputReader } from '../src/input-reader.js'
import { COMMAND_NAMES, defaultOf, INPUTS, inputsOf, type InputName } from '../src/inputs.js'

const SRC = new URL('../src/', import.meta.url).pathname
const sources = (dir = SRC): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  )

const defaulted = (Object.entries(INPUTS) as [InputName, { default?: string }][]).filter(
  ([, spec]) => spec.default !== undefined && !spec.default.includes('${{'),
)

describe('defaults', () => {
  it('the reader gives every command the table default of each input it takes', () => {
    const host = { getInput: () => '', mask: () => {}, env: {} }
    for (const command of COMMAND_NAMES) {
      const reader = new InputReader(host, command)
      for (const [name, spec] of inputsOf(command)) {
        if (spec.default === undefined || spec.default.includes('${{')) continue
        const expected =
          spec.type === 'integer'
            ? Number(spec.default)
            : spec.type === 'boolean'
              ? spec.default === 'true'
              : spec.default
        const read =
          spec.type === 'integer'
            ? reader.integer(name)
            : spec.type === 'boolean'
              ? reader.boolean(name)
              : reader.raw(name)
        assert.equal(read, expected, `${command} ${name}`)
      }
    }
  })

  it('no call site restates a default with ?? or || after reading the input', () => {
    const offenders: string[] = []
    for (const file of sources()) {
      const text = readFileSync(file, 'utf8')
      for (const [name] of defaulted) {
        const read = new RegExp(`reader\\.\\w+\\('${name}'[^)]*\\)\\)?\\s*(\\?\\?|\\|\\|)`)
        if (read.test(text)) offenders.push(`${file.slice(SRC.length)}: ${name}`)
      }
      // In a command or a CLI tool, a literal delivery setting restates notify's defaults.
      const front = /\/(commands|tools)\//.test(file)
      if (front && /maxAttempts:\s*\d|timeoutMs:\s*\d/.test(text))
        offenders.push(`${file}: delivery`)
    }
    assert.deepEqual(offenders, [])
  })

  it('defaultOf reads the table', () => {
    assert.equal(defaultOf('max-attempts'), INPUTS['max-attempts'].default)
    assert.equal(defaultOf('wait-timeout'), '600')
  })
})
