// Releases ci-relay as actions and npm packages are released:
//   npm run release -- 1.2.3 [--push]
// bumps the version in package.json (the one place it is written; src/version.ts is derived),
// rebuilds dist/ and the generated action.yml files, commits "Release v1.2.3", tags v1.2.3 and
// moves the major tag v1 to it (what `uses: <owner>/ci-relay/<command>@v1` resolves). With --push
// it pushes the branch and both tags; then `npm publish` from that commit publishes @ci-relay/cli.
// --skip-build leaves dist/ alone (tests only).
import { execFileSync } from 'node:child_process'
import { writeVersionModule } from './version-module.mjs'

const args = process.argv.slice(2)
const version = args.find((arg) => !arg.startsWith('--'))
const flag = (name) => args.includes(`--${name}`)
if (!version || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) {
  console.error('Usage: npm run release -- <major.minor.patch> [--push]')
  process.exit(2)
}
const git = (...gitArgs) => execFileSync('git', gitArgs, { encoding: 'utf8' }).trim()
const npm = (...npmArgs) =>
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', npmArgs, { stdio: 'inherit' })

if (git('status', '--porcelain')) {
  console.error('The work tree has uncommitted changes: commit or stash them first.')
  process.exit(1)
}
const tag = `v${version}`
if (git('tag', '--list', tag)) {
  console.error(`${tag} exists already.`)
  process.exit(1)
}
const major = `v${version.split('.')[0]}`

npm('version', version, '--no-git-tag-version', '--allow-same-version')
writeVersionModule()
if (!flag('skip-build')) {
  npm('run', 'bundle')
  npm('run', 'gen:action')
}
git('add', '--all')
git('commit', '--quiet', '-m', `Release ${tag}`)
git('tag', '--annotate', tag, '-m', tag)
git('tag', '--force', major, tag + '^{}')
console.log(`Tagged ${tag} and moved ${major} to it.`)
if (flag('push')) {
  git('push', 'origin', 'HEAD')
  git('push', 'origin', tag)
  git('push', '--force', 'origin', major)
  console.log('Pushed. Publish the package with: npm publish')
} else {
  console.log(
    `Next: git push origin HEAD ${tag} && git push --force origin ${major} && npm publish`,
  )
}
