// The CLI's habits, through the built dist/cli as a user runs it: help, version, did-you-mean,
// exit codes (0 success, 1 failure, 2 usage), errors naming the flag and its variable, outputs on
// failure, --json values, redaction.
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync, readFileSync } from 'node:fs'
import { after, describe, test } from 'node:test'
import { COMMAND_NAMES } from '../src/inputs.js'
import { VERSION } from '../src/version.js'
import { runCli } from './support/runner.js'

describe('ci-relay CLI', () => {
  test('help: no arguments is a usage error on stderr; --help, -h and help print it on stdout', async () => {
    const none = await runCli([])
    assert.equal(none.code, 2)
    assert.equal(none.stdout, '')
    assert.match(none.stderr, /^Usage: ci-relay <command>/m)
    for (const args of [['--help'], ['-h'], ['help']]) {
      const help = await runCli(args)
      assert.equal(help.code, 0, args.join(' '))
      assert.equal(help.stdout, none.stderr, args.join(' '))
    }
    assert.match(none.stderr, /CI_RELAY_DEBUG/)
    assert.match(none.stderr, /Exit codes: 0 success, 1 the command failed, 2 usage/)
    for (const line of none.stderr.split('\n')) assert.ok(line.length <= 80, line)
  })

  test('help <command>, <command> --help and <command> -h are the same per-command help', async () => {
    for (const command of COMMAND_NAMES) {
      const a = await runCli(['help', command])
      const b = await runCli([command, '--help'])
      const c = await runCli([command, '-h'])
      assert.equal(a.code, 0)
      assert.equal(a.stdout, b.stdout, command)
      assert.equal(a.stdout, c.stdout, command)
      assert.match(a.stdout, /^Example:\n {2}.*ci-relay /m, `${command} has an example`)
      const lines = a.stdout.split('\n')
      const example = lines.indexOf('Example:')
      for (const line of lines.slice(0, example)) assert.ok(line.length <= 80, line)
      // No other command's part of a shared description.
      for (const other of COMMAND_NAMES.filter((name) => name !== command))
        assert.doesNotMatch(a.stdout, new RegExp(`^ {6}${other}: `, 'm'), `${command}: ${other}`)
    }
    const status = await runCli(['help', 'status'])
    assert.match(status.stdout, /--repository <value>\n {6}The repository of the commit/)
    assert.match(status.stdout, /--state <value> {3}\(required\)/)
    assert.match(status.stdout, /^Usage: ci-relay status --state <value>/)
    const token = await runCli(['help', 'token'])
    assert.doesNotMatch(token.stdout, /post step/)
    assert.match(token.stdout, /--permission-<name> <read\|write\|admin>/)
    assert.match(token.stdout, /contents,.*pull-requests/s)
  })

  test('--version and -V print the version', async () => {
    for (const flag of ['--version', '-V']) {
      const result = await runCli([flag])
      assert.equal(result.code, 0)
      assert.equal(result.stdout, `${VERSION}\n`)
    }
  })

  test('did you mean: commands, flags and tool flags; usage errors exit 2', async () => {
    const command = await runCli(['dispach'])
    assert.equal(command.code, 2)
    assert.match(command.stderr, /unknown command 'dispach' \(did you mean 'dispatch'\?\)/)
    const tool = await runCli(['verfy'])
    assert.match(tool.stderr, /did you mean 'verify'\?/)
    const flag = await runCli(['dispatch', '--evnt-type', 'x'])
    assert.equal(flag.code, 2)
    assert.match(
      flag.stderr,
      /unknown flag --evnt-type for 'dispatch' \(did you mean --event-type\?\)/,
    )
    const toolFlag = await runCli(['verify', '--secrett', 'x'])
    assert.equal(toolFlag.code, 2)
    assert.match(toolFlag.stderr, /did you mean --secret\?/)
    const nothingClose = await runCli(['dispatch', '--zzzzzzzz', 'x'])
    assert.doesNotMatch(nothingClose.stderr, /did you mean/)
    const positional = await runCli(['notify', 'https://example.com'])
    assert.equal(positional.code, 2)
  })

  test('bad input names the flag and its variable, no Actions-only hint, exit 2, nothing sent', async () => {
    const missing = await runCli(['notify'])
    assert.equal(missing.code, 2)
    assert.match(
      missing.stderr,
      /^error: Input 'url': must be set.*\(flag --url, variable CI_RELAY_URL\)$/m,
    )
    assert.doesNotMatch(missing.stderr, /workflow context|\$\{\{/)
    const bad = await runCli(['notify', '--url', 'ftp://example.com', '--status', 'success'])
    assert.equal(bad.code, 2)
    assert.match(bad.stderr, /flag --url, variable CI_RELAY_URL/)
    const status = await runCli(['notify', '--url', 'http://127.0.0.1:9/', '--status', 'passed'])
    assert.equal(status.code, 2)
    assert.match(
      status.stderr,
      /Input 'status': must be auto, success, failure or cancelled.*flag --status, variable CI_RELAY_STATUS/,
    )
    assert.doesNotMatch(status.stderr, /job\.status|\$\{\{/)
  })

  describe('outputs', () => {
    const received: string[] = []
    const server = createServer((req, res) => {
      received.push(req.url ?? '')
      res.writeHead(req.url === '/ok' ? 200 : 400).end()
    })
    after(() => server.close())
    const url = async (path: string) => {
      if (!server.listening)
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`
    }
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
    // notify describes the CI run it runs in: a GitHub Actions job, here.
    const build = {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo-org/app',
      GITHUB_RUN_ID: '1',
      GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    }
    const notify = (path: string, ...extra: string[]) =>
      url(path).then((u) => [
        'notify',
        '--url',
        u,
        '--status',
        'success',
        '--no-include-jobs',
        ...extra,
      ])

    test('--json prints JSON values; outputs are printed when the command fails, exit 1', async () => {
      const ok = await runCli(await notify('/ok', '--json'), {
        env: { ...build, CI_RELAY_SECRET: secret },
      })
      assert.equal(ok.code, 0, ok.stderr)
      const okOutputs = JSON.parse(ok.stdout)
      assert.ok(Array.isArray(okOutputs.results), 'results is an array, not a string of JSON')
      assert.equal(okOutputs.results[0].status_code, 200)

      const failed = await runCli(await notify('/refused', '--json', '--max-attempts', '1'), {
        env: { ...build, CI_RELAY_SECRET: secret },
      })
      assert.equal(failed.code, 1, failed.stderr)
      const outputs = JSON.parse(failed.stdout)
      assert.equal(outputs.results[0].status_code, 400)
      assert.ok(outputs.undelivered, 'the undelivered file is named in the outputs')
      assert.ok(existsSync(outputs.undelivered))
      assert.doesNotMatch(
        readFileSync(outputs.undelivered, 'utf8'),
        /MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw/,
      )

      const lines = await runCli(await notify('/refused', '--max-attempts', '1'), {
        env: { ...build, CI_RELAY_SECRET: secret },
      })
      assert.equal(lines.code, 1)
      assert.match(lines.stdout, /^undelivered=.+/m)
      assert.match(lines.stdout, /^results=\[/m)
    })

    test('a secret too short to be one is not redacted from messages; a real one is', async () => {
      const short = await runCli(await notify('/refused', '--max-attempts', '1'), {
        env: { ...build, CI_RELAY_SECRET: 's', CI_RELAY_SIGNATURE: 'github' },
      })
      assert.equal(short.code, 1, short.stderr)
      assert.doesNotMatch(short.stderr, /\*\*\*/, 'no letter s turned into ***')
      assert.match(short.stderr, /^Sending build\.completed \(format ci-relay, build success/m)
    })
  })
})
