// What one command's front door says about an input. The table's descriptions cover every command
// that shares an input ("status: … callback: …"); a per-command action.yml or `--help` shows only
// the part about that command.
import { COMMAND_NAMES, type CommandName, type InputSpec } from './inputs.js'

const COMMAND = `(?:${COMMAND_NAMES.join('|')})`
/** "status: ", "status, callback: " at the start or after a sentence. */
const SECTION = new RegExp(`(?:^|(?<=[.)] ))(${COMMAND}(?:, ${COMMAND})*): `, 'g')

/** The description of `spec` as `command` reads it. */
export function descriptionFor(spec: Pick<InputSpec, 'description'>, command: CommandName): string {
  const text = spec.description
  const sections = [...text.matchAll(SECTION)]
  if (sections.length === 0) return text
  const common = text.slice(0, sections[0]?.index).trim()
  for (const [i, section] of sections.entries()) {
    const names = (section[1] as string).split(', ')
    if (!names.includes(command)) continue
    const start = (section.index as number) + section[0].length
    const end = sections[i + 1]?.index ?? text.length
    const own = text.slice(start, end).trim()
    // "client_payload as …" stays as written; "target repositories …" becomes a sentence.
    const sentence = /^[a-z]+\b(?![_-])/.test(own)
      ? own.charAt(0).toUpperCase() + own.slice(1)
      : own
    return [common, sentence].filter(Boolean).join(' ')
  }
  return text
}
