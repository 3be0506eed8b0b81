// Which module may import what: the neutral types (logger, build model) live in their own
// modules, so no layer below an entry reaches into hosts/ or into one payload format for them.
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, it } from 'node:test'

const SRC = new URL('../src/', import.meta.url).pathname

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  )
}

/** Each `import ... from '...'` of a file: the names imported and the module. */
function imports(file: string): { names: string[]; from: string }[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^import\s+(?:type\s+)?([\s\S]*?)\s+from\s+'([^']+)'/gm)].map(
    ([, names = '', from = '']) => ({
      names: names
        .replace(/[{}]/g, '')
        .split(',')
        .map((name) => name.replace(/^\s*type\s+/, '').trim())
        .filter(Boolean),
      from,
    }),
  )
}

const layer = (file: string) => relative(SRC, file)
const LAYERS = ['commands/', 'github/', 'gitlab/', 'webhook/', 'receive/', 'http/']
const MODEL = ['BuildInfo', 'BuildRun', 'BuildStatus', 'RunStatus', 'PullRequest', 'MergeRequest']

describe('layers', () => {
  const files = sources().filter((file) => LAYERS.some((dir) => layer(file).startsWith(dir)))

  it('commands, platforms and webhook/ never import hosts/ (the Logger is in src/log.ts)', () => {
    assert.ok(files.length > 20)
    const offenders = files.flatMap((file) =>
      imports(file)
        .filter(({ from }) => /(^|\/)hosts\//.test(from))
        .map(({ from }) => `${layer(file)} imports ${from}`),
    )
    assert.deepEqual(offenders, [])
    assert.doesNotMatch(readFileSync(join(SRC, 'hosts/types.ts'), 'utf8'), /interface Logger/)
  })

  it('the build model is imported from src/build.ts, not from a payload format', () => {
    const offenders = sources().flatMap((file) =>
      imports(file)
        .filter(({ from }) => from.includes('formats/') || from === './ci-relay.js')
        .filter(({ names }) => names.some((name) => MODEL.includes(name)))
        .map(({ from }) => `${layer(file)} imports the build model from ${from}`),
    )
    assert.deepEqual(offenders, [])
    const build = readFileSync(join(SRC, 'build.ts'), 'utf8')
    for (const name of MODEL) assert.match(build, new RegExp(`export (interface|type) ${name}\\b`))
  })
})
