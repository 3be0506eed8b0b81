// `ci-relay listen` as a child process on a free loopback port, for tests that POST to it.
import { spawn } from 'node:child_process'
import { after } from 'node:test'
import { ENTRIES } from './runner.js'

export interface Listener {
  url: string
  stdout(): string
  stderr(): string
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>
}

export async function startListen(
  args: string[],
  env: Record<string, string> = {},
): Promise<Listener> {
  const child = spawn(process.execPath, [ENTRIES.cli, 'listen', '--port', '0', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
  after(() => void child.kill('SIGKILL'))
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)
      if (match) resolve(match[1] as string)
    })
    child.on('close', () => reject(new Error(`listen ended: ${stderr}`)))
  })
  return {
    url,
    stdout: () => stdout,
    stderr: () => stderr,
    stop: async () => {
      child.kill('SIGTERM')
      return exited
    },
  }
}
