// Preloaded with `--import` (NODE_OPTIONS): appends the path of every file the ESM loader loads to
// the file named by CI_RELAY_LOAD_LOG, one per line. Node 20.6+ and 24 (module.register).
import { register } from 'node:module'

register('./record-loads-hooks.mjs', import.meta.url, {
  data: { file: process.env.CI_RELAY_LOAD_LOG },
})
