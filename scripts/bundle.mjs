// Builds the committed bundles: tsc compiles src/ to build/ (ESM), then ncc bundles
// dist/{main,post,cli,lib}/index.js with dependencies inlined and each command a lazily loaded
// chunk; the library also gets its type declarations.
import { execFileSync, spawn } from 'node:child_process'
import { rmSync } from 'node:fs'

const entries = { main: 'main.js', post: 'post.js', cli: 'cli.js', lib: 'index.js' }
const tsc = (project) =>
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], {
    stdio: 'inherit',
  })
const ncc = (name, file) =>
  new Promise((resolve, reject) => {
    const args = [
      'build',
      `build/${file}`,
      '-o',
      `dist/${name}`,
      '--license',
      'licenses.txt',
      '--quiet',
    ]
    const child = spawn(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', ...args], {
      stdio: 'inherit',
    })
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc ${name} failed (${code})`)),
    )
  })

rmSync('build', { recursive: true, force: true })
rmSync('dist', { recursive: true, force: true })
tsc('tsconfig.build.json')
// Two at a time: CI machines have two cores.
const queue = Object.entries(entries)
await Promise.all(
  [0, 1].map(async () => {
    for (let next = queue.shift(); next; next = queue.shift()) await ncc(...next)
  }),
)
tsc('tsconfig.lib.json')
rmSync('build', { recursive: true, force: true })
