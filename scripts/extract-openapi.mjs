#!/usr/bin/env node
// Extracts, from GitHub's OpenAPI description (the @octokit/openapi package), the few operations
// ci-relay calls, with every $ref inlined, into test/fixtures/github-openapi.json. The stand-in
// GitHub API in test/support/github-api.ts validates request bodies against it.
//
// Usage (the package is ~385 MB, so install it outside the repository):
//   mkdir -p /tmp/openapi && cd /tmp/openapi && npm init -y && npm install @octokit/openapi
//   node scripts/extract-openapi.mjs /tmp/openapi/node_modules/@octokit/openapi
// or OCTOKIT_OPENAPI=/tmp/openapi/node_modules/@octokit/openapi node scripts/extract-openapi.mjs
// The argument may also be the directory holding node_modules, or the api.github.com.json file.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const OPERATIONS = [
  'POST /app/installations/{installation_id}/access_tokens',
  'POST /repos/{owner}/{repo}/dispatches',
  'POST /repos/{owner}/{repo}/statuses/{sha}',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
  'GET /repos/{owner}/{repo}/actions/runs',
  'GET /repos/{owner}/{repo}/actions/runs/{run_id}',
  'GET /repos/{owner}/{repo}/installation',
  'DELETE /installation/token',
]

// Keywords that only document a schema; dropped to keep the fixture small.
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'title', 'externalDocs'])

function findDescription(arg) {
  if (!arg) {
    throw new Error(
      'Pass the path of the @octokit/openapi package (argument or OCTOKIT_OPENAPI), e.g.\n' +
        '  node scripts/extract-openapi.mjs /tmp/openapi/node_modules/@octokit/openapi',
    )
  }
  const base = resolve(arg)
  const candidates = [
    base,
    join(base, 'generated/api.github.com.json'),
    join(base, 'node_modules/@octokit/openapi/generated/api.github.com.json'),
  ]
  const file = candidates.find((c) => existsSync(c) && statSync(c).isFile())
  if (!file) throw new Error(`No api.github.com.json found at or under ${base}`)
  return file
}

function resolvePointer(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref}`)
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => {
      if (node === undefined || !(key in node)) throw new Error(`Unresolvable $ref ${ref}`)
      return node[key]
    }, doc)
}

// Inlines $refs and turns OpenAPI 3.0 `nullable` into plain JSON Schema, so any validator works.
function inlineSchema(doc, schema, seen = []) {
  if (Array.isArray(schema)) return schema.map((s) => inlineSchema(doc, s, seen))
  if (schema === null || typeof schema !== 'object') return schema
  if (typeof schema.$ref === 'string') {
    if (seen.includes(schema.$ref)) throw new Error(`Recursive $ref ${schema.$ref}`)
    return inlineSchema(doc, resolvePointer(doc, schema.$ref), [...seen, schema.$ref])
  }
  const out = {}
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-') || key === 'nullable') continue
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, inlineSchema(doc, sub, seen)]),
      )
    } else if (
      ['items', 'additionalProperties', 'not'].includes(key) &&
      typeof value === 'object'
    ) {
      out[key] = inlineSchema(doc, value, seen)
    } else if (['allOf', 'anyOf', 'oneOf'].includes(key)) {
      out[key] = value.map((sub) => inlineSchema(doc, sub, seen))
    } else {
      out[key] = value
    }
  }
  if (schema.nullable === true) {
    if (typeof out.type === 'string') out.type = [out.type, 'null']
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null]
    if (!out.type && (out.anyOf || out.oneOf)) {
      const key = out.anyOf ? 'anyOf' : 'oneOf'
      out[key] = [...out[key], { type: 'null' }]
    }
  }
  return out
}

function deref(doc, node) {
  return node && typeof node.$ref === 'string' ? deref(doc, resolvePointer(doc, node.$ref)) : node
}

function extract(doc) {
  const operations = {}
  for (const key of OPERATIONS) {
    const [method, template] = key.split(' ')
    const op = doc.paths[template]?.[method.toLowerCase()]
    if (!op) throw new Error(`Operation ${key} is not in the description`)
    const body = deref(doc, op.requestBody)
    const json = body?.content?.['application/json']
    const parameters = (op.parameters ?? []).map((p) => deref(doc, p))
    operations[key] = {
      operationId: op.operationId,
      requestBody: json
        ? { required: body.required === true, schema: inlineSchema(doc, json.schema) }
        : null,
      pathParameters: parameters.filter((p) => p.in === 'path').map((p) => p.name),
      query: Object.fromEntries(
        parameters
          .filter((p) => p.in === 'query')
          .map((p) => [p.name, inlineSchema(doc, p.schema ?? {})]),
      ),
      successStatus: Object.keys(op.responses ?? {})
        .filter((s) => /^2\d\d$/.test(s))
        .map(Number),
    }
  }
  return operations
}

const file = findDescription(process.argv[2] ?? process.env.OCTOKIT_OPENAPI)
const doc = JSON.parse(readFileSync(file, 'utf8'))
const pkgFile = join(dirname(file), '..', 'package.json')
const pkg = existsSync(pkgFile) ? JSON.parse(readFileSync(pkgFile, 'utf8')) : {}
const fixture = {
  source: {
    package: `${pkg.name ?? '@octokit/openapi'}@${pkg.version ?? 'unknown'}`,
    description: 'api.github.com',
    openapi: doc.openapi,
    apiVersion: doc.info?.version,
  },
  regenerate: 'node scripts/extract-openapi.mjs <path to node_modules/@octokit/openapi>',
  operations: extract(doc),
}
const target = fileURLToPath(new URL('../test/fixtures/github-openapi.json', import.meta.url))
writeFileSync(target, `${JSON.stringify(fixture, null, 2)}\n`)
console.log(`Wrote ${Object.keys(fixture.operations).length} operations to ${target}`)
