#!/usr/bin/env node
import { runCli } from './cli-program.js'

void runCli(process.argv.slice(2), process.env, {
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: async () => {
    const chunks: Buffer[] = []
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  },
}).then((code) => {
  process.exitCode = code
})
