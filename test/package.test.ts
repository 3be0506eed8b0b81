// The npm package as a user gets it: `npm pack`, installed from the tarball into an empty
// directory with no network and an empty cache, then run and imported by name.
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { after, before, describe, test } from 'node:test'
import { VERSION } from '../src/version.js'
import { REPO_ROOT } from './support/runner.js'

const run = promisify(execFile)
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx'

describe('npm package @ci-relay/cli', () => {
  const work = mkdtempSync(join(tmpdir(), 'ci-relay-pack-'))
  const consumer = join(work, 'consumer')
  // No network: --offline, an empty cache, and a registry nobody listens on.
  const env = {
    ...process.env,
    npm_config_cache: join(work, 'cache'),
    npm_config_registry: 'http://127.0.0.1:9/',
    npm_config_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  }
  let packed: { filename: string; files: { path: string }[] }

  before(async () => {
    const { stdout } = await run(NPM, ['pack', '--json', '--pack-destination', work], {
      cwd: REPO_ROOT,
      env,
    })
    packed = JSON.parse(stdout)[0]
    mkdirSync(consumer)
    writeFileSync(
      join(consumer, 'package.json'),
      JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }),
    )
    await run(NPM, ['install', '--offline', join(work, packed.filename)], { cwd: consumer, env })
  })
  after(() => rmSync(work, { recursive: true, force: true }))

  test('the tarball holds the CLI and library bundles, the schema, README and LICENSE only', () => {
    const paths = packed.files.map((file) => file.path)
    for (const path of paths) {
      assert.match(
        path,
        /^(dist\/cli\/|dist\/lib\/|schema\/ci-relay-payload\.schema\.json$|README\.md$|LICENSE$|package\.json$)/,
        path,
      )
    }
    assert.ok(paths.includes('LICENSE'))
    assert.ok(paths.includes('dist/cli/index.js'))
    assert.ok(paths.includes('dist/lib/index.cjs'))
    assert.ok(!paths.some((path) => path.startsWith('dist/main/') || path.startsWith('dist/post/')))
  })

  test('publishable metadata; zero install-time dependencies', () => {
    const pkg = JSON.parse(
      readFileSync(join(consumer, 'node_modules/@ci-relay/cli/package.json'), 'utf8'),
    )
    assert.equal(pkg.name, '@ci-relay/cli')
    assert.equal(pkg.version, VERSION)
    assert.equal(pkg.private, undefined)
    assert.equal(pkg.license, 'MIT')
    for (const field of ['repository', 'homepage', 'bugs', 'keywords', 'author', 'types', 'main'])
      assert.ok(pkg[field], field)
    assert.deepEqual(pkg.dependencies ?? {}, {})
    assert.equal(pkg.engines.node, '>=20')
    // Nothing but the package itself was installed.
    const installed = readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'))
    assert.deepEqual(installed, ['@ci-relay'])
    assert.deepEqual(readdirSync(join(consumer, 'node_modules/@ci-relay')), ['cli'])
  })

  test('npx ci-relay --help and --version run offline', async () => {
    const help = await run(NPX, ['--offline', 'ci-relay', '--help'], { cwd: consumer, env })
    assert.match(help.stdout, /^Usage: ci-relay <command>/m)
    const version = await run(NPX, ['--offline', 'ci-relay', '-V'], { cwd: consumer, env })
    assert.equal(version.stdout, `${VERSION}\n`)
  })

  const roundTrip = `
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
    const body = '{"type":"build.completed"}'
    const headers = lib.sign('standard', secret, body)
    lib.verify('standard', secret, body, headers)
    let refused = false
    try { lib.verify('standard', secret, body + ' ', headers) } catch (e) { refused = e instanceof lib.WebhookVerificationError }
    console.log(JSON.stringify({ version: lib.VERSION, signed: Object.keys(headers).sort(), refused }))
  `
  const expected = {
    version: VERSION,
    signed: ['webhook-id', 'webhook-signature', 'webhook-timestamp'],
    refused: true,
  }

  test('the library imports by name from ESM', async () => {
    writeFileSync(join(consumer, 'esm.mjs'), `import * as lib from '@ci-relay/cli'\n${roundTrip}`)
    const { stdout } = await run(process.execPath, ['esm.mjs'], { cwd: consumer })
    assert.deepEqual(JSON.parse(stdout), expected)
  })

  test('the library requires by name from CommonJS (Node 20 included), with the schema', async () => {
    writeFileSync(
      join(consumer, 'cjs.cjs'),
      `const lib = require('@ci-relay/cli')\n${roundTrip}\n` +
        `const schema = require('@ci-relay/cli/schema/ci-relay-payload.json')\n` +
        `if (!schema.$schema || !schema.properties.type) throw new Error('no schema')\n`,
    )
    const { stdout } = await run(process.execPath, ['cjs.cjs'], { cwd: consumer })
    assert.deepEqual(JSON.parse(stdout.split('\n')[0] as string), expected)
  })

  test('a TypeScript consumer type-checks against the shipped types (NodeNext and node10)', async () => {
    writeFileSync(
      join(consumer, 'consumer.ts'),
      [
        "import { sign, verify, verifyIdentity, WebhookVerificationError, type SignatureScheme } from '@ci-relay/cli'",
        "const scheme: SignatureScheme = 'github'",
        "const headers: Record<string, string> = sign(scheme, 'It is a secret', 'Hello, World!')",
        'try {',
        "  verify(scheme, 'It is a secret', 'Hello, World!', headers)",
        '} catch (error) {',
        '  if (error instanceof WebhookVerificationError) throw error',
        '}',
        "export const claims = async (token: string) => (await verifyIdentity(token, { issuer: 'https://token.actions.githubusercontent.com' })).repository",
        '// @ts-expect-error: the scheme is checked',
        "sign('md5', 'secret', 'body')",
        '',
      ].join('\n'),
    )
    const tsc = join(REPO_ROOT, 'node_modules/typescript/bin/tsc')
    // No @types/node in the consumer (types: []), and the shipped declarations checked too.
    for (const [module, moduleResolution] of [
      ['nodenext', 'nodenext'],
      ['commonjs', 'node10'],
    ]) {
      const config = join(consumer, `tsconfig.${moduleResolution}.json`)
      writeFileSync(
        config,
        JSON.stringify({
          compilerOptions: {
            noEmit: true,
            strict: true,
            skipLibCheck: false,
            types: [],
            module,
            moduleResolution,
          },
          files: ['consumer.ts'],
        }),
      )
      const result = await run(process.execPath, [tsc, '-p', config], { cwd: consumer }).catch(
        (error: { stdout: string }) => ({ stdout: error.stdout, failed: true }),
      )
      assert.ok(!('failed' in result), `${moduleResolution}:\n${result.stdout}`)
    }
  })
})
