// Builds the committed bundles: tsc compiles src/ to build/ (ESM), then ncc bundles
// dist/{main,post,cli,lib}/index.js with dependencies inlined and each command a lazily loaded
// chunk; the library also gets its type declarations.
import { execFileSync, spawn } from 'node:child_process'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'

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

// Packages whose modules do nothing at import time but do not declare `sideEffects: false`, so
// webpack keeps every module they import even when no export of it is used. @actions/core imports
// its OIDC client (→ @actions/http-client → undici, tunnel) and `platform` (→ @actions/exec,
// @actions/io) at the top of its entry; upstream is asking for the flag (actions/toolkit#1436,
// #1697). We declare it for the length of the build only. test/bundle.test.ts fails when the bundle
// `receive` loads holds undici again, so this cannot stop working unnoticed.
const SIDE_EFFECT_FREE = ['@actions/core']

/** Runs build() with `sideEffects: false` in each package's package.json, restoring them after. */
async function withoutSideEffects(packages, build) {
  const originals = new Map()
  try {
    for (const name of packages) {
      const file = `node_modules/${name}/package.json`
      const text = readFileSync(file, 'utf8')
      const manifest = JSON.parse(text)
      if (manifest.sideEffects === false) continue // upstream declares it now
      originals.set(file, text)
      writeFileSync(file, JSON.stringify({ ...manifest, sideEffects: false }, null, 2))
    }
    await build()
  } finally {
    for (const [file, text] of originals) writeFileSync(file, text)
  }
}

rmSync('build', { recursive: true, force: true })
rmSync('dist', { recursive: true, force: true })
tsc('tsconfig.build.json')
await withoutSideEffects(SIDE_EFFECT_FREE, async () => {
  // Two at a time: CI machines have two cores.
  const queue = Object.entries(entries)
  await Promise.all(
    [0, 1].map(async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await ncc(...next)
    }),
  )
})
tsc('tsconfig.lib.json')
rmSync('build', { recursive: true, force: true })
