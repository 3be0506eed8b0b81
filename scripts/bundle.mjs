// Builds the committed bundles: tsc compiles src/ to build/ (ESM), then ncc bundles
// dist/{main,post,cli,lib}/index.js with dependencies inlined and each command a lazily loaded
// chunk; the library also gets its type declarations.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const run = (script, args) =>
  execFileSync(process.execPath, [script, ...args], { stdio: 'inherit' })
const entries = { main: 'main.js', post: 'post.js', cli: 'cli.js', lib: 'index.js' }

rmSync('build', { recursive: true, force: true })
rmSync('dist', { recursive: true, force: true })
run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.build.json'])
for (const [name, file] of Object.entries(entries)) {
  run('node_modules/@vercel/ncc/dist/ncc/cli.js', [
    'build',
    `build/${file}`,
    '-o',
    `dist/${name}`,
    '--license',
    'licenses.txt',
    '--quiet',
  ])
}
run('node_modules/typescript/bin/tsc', ['-p', 'tsconfig.lib.json'])
rmSync('build', { recursive: true, force: true })
