import * as core from '@actions/core'
import { maskValues } from './mask-lines.js'
import type { Host } from './types.js'

/** The GitHub Actions runner: inputs from INPUT_*, outputs and state through the runner's files. */
export function createActionsHost(env: NodeJS.ProcessEnv = process.env): Host {
  // State saved in this step, readable in this step too (core.getState only sees the previous
  // step's): a step without a post step revokes its tokens itself.
  const saved = new Map<string, string>()
  return {
    env,
    postStep: true,
    getInput: (name) => core.getInput(name),
    givenInputs: () => {
      const given = new Map<string, string>()
      for (const [key, value] of Object.entries(env))
        if (key.startsWith('INPUT_') && value) given.set(key.slice(6).toLowerCase(), value)
      return given
    },
    setOutput: (name, value) => core.setOutput(name, value),
    saveState: (name, value) => {
      saved.set(name, value)
      core.saveState(name, value)
    },
    getState: (name) => saved.get(name) ?? core.getState(name),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    debug: (message) => core.debug(message),
    mask: (secret) => maskEachLine(secret, core.setSecret),
    fail: (message) => core.setFailed(message),
    async summary(markdown) {
      if (!env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown, true).write()
    },
  }
}

/** Registers `secret` and, for a multi-line secret (a PEM), each of its lines. */
export function maskEachLine(secret: string, setSecret: (value: string) => void): void {
  for (const value of maskValues(secret)) setSecret(value)
}
