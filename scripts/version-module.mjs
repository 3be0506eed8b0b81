// src/version.ts is derived from package.json (the one place the version is written): by
// scripts/bundle.mjs on every build and by scripts/release.mjs when the version is bumped.
import { readFileSync, writeFileSync } from 'node:fs'

export function writeVersionModule(root = '.') {
  const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'))
  const text = `// Generated from package.json by scripts/bundle.mjs; bump the version there.\nexport const VERSION = '${version}'\n`
  const file = `${root}/src/version.ts`
  if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text)
  return version
}
