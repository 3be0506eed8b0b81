// scripts/release.mjs in a clone of this repository: one version bump (package.json, with
// src/version.ts derived from it), a release commit, the v1.2.3 tag and the moved major tag.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, test } from 'node:test'
import { REPO_ROOT } from './support/runner.js'

test('release bumps the version in one place, tags v1.2.3 and moves v1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ci-relay-release-'))
  after(() => rmSync(dir, { recursive: true, force: true }))
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'Release Test',
    GIT_AUTHOR_EMAIL: 'release@example.com',
    GIT_COMMITTER_NAME: 'Release Test',
    GIT_COMMITTER_EMAIL: 'release@example.com',
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
  }
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim()
  execFileSync('git', ['clone', '--quiet', '--no-hardlinks', REPO_ROOT, dir], { env })
  git('tag', '--force', 'v1', 'HEAD') // an earlier v1 that must move
  const release = (...args: string[]) =>
    execFileSync(process.execPath, ['scripts/release.mjs', ...args], {
      cwd: dir,
      env,
      encoding: 'utf8',
      stdio: 'pipe',
    })

  release('1.2.3', '--skip-build')
  assert.equal(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version, '1.2.3')
  assert.equal(JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')).version, '1.2.3')
  assert.match(readFileSync(join(dir, 'src/version.ts'), 'utf8'), /VERSION = '1\.2\.3'/)
  assert.equal(git('log', '-1', '--format=%s'), 'Release v1.2.3')
  const head = git('rev-parse', 'HEAD')
  assert.equal(git('rev-parse', 'v1.2.3^{commit}'), head)
  assert.equal(git('rev-parse', 'v1^{commit}'), head)
  assert.equal(git('status', '--porcelain'), '')

  // A dirty tree, an existing tag or a bad version are refused.
  writeFileSync(join(dir, 'README.md'), 'changed')
  assert.throws(() => release('1.2.4', '--skip-build'), /uncommitted changes/)
  git('checkout', '--', 'README.md')
  assert.throws(() => release('1.2.3', '--skip-build'), /exists already/)
  assert.throws(() => release('one', '--skip-build'), /Usage/)
})
