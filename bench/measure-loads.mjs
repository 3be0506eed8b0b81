// Preloaded (`--import`) into a measured run: at exit, appends to $BENCH_REPORT one JSON line with
// the process's peak RSS and, on Node 24 (module.registerHooks, synchronous and in-thread, for
// import and require alike), the bytes of every JavaScript file the process loaded.
import { appendFileSync, statSync } from 'node:fs'
import * as module from 'node:module'
import { fileURLToPath } from 'node:url'

const files = new Set()
let bytes = 0
const hooks = typeof module.registerHooks === 'function'
if (hooks) {
  module.registerHooks({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context)
      if (url.startsWith('file:') && !files.has(url)) {
        files.add(url)
        bytes += statSync(fileURLToPath(url)).size
      }
      return result
    },
  })
}

process.on('exit', () => {
  const line = {
    maxRssKb: process.resourceUsage().maxRSS,
    ...(hooks ? { bytes, files: files.size } : {}),
  }
  appendFileSync(process.env.BENCH_REPORT, `${JSON.stringify(line)}\n`)
})
