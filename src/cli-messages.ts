// Messages written for the Action, as the CLI user reads them: an input is the flag and its
// environment variable, and hints that only make sense inside a workflow are dropped.
import { cliInputMessage } from './hosts/cli.js'

/** Sentences that speak of workflow expressions or the workflow context. */
const ACTIONS_ONLY = /\$\{\{|workflow context|In a workflow,/

/** The message for the terminal: flags named, Actions-only sentences dropped. */
export function cliMessage(message: string): string {
  const sentences = cliInputMessage(message).split(/(?<=[.!?])\s+(?=[A-Z(])/)
  const kept = sentences.filter((sentence, i) => i === 0 || !ACTIONS_ONLY.test(sentence))
  return kept.join(' ')
}
