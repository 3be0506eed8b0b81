// The loader hooks of record-loads.mjs (they run on the loader thread).
import { appendFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

let file

export function initialize(data) {
  file = data.file
}

export async function load(url, context, nextLoad) {
  if (file && url.startsWith('file:')) appendFileSync(file, `${fileURLToPath(url)}\n`)
  return nextLoad(url, context)
}
