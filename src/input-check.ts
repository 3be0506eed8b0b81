// Inputs given to a step that its command does not read. On the root action (`command:`), a name
// that belongs to another command would otherwise be ignored and the step would do something else
// (`command: dispatch` with `repositories:` fires at the current repository); on a per-command
// action the runner only warns. Either way the step fails, naming the input and what the command
// takes.
import { InputError } from './errors.js'
import { ALL_INPUTS, inputsOf, type AnyInputName, type CommandName } from './inputs.js'
import { didYouMean } from './suggest.js'

/** The names a step can be given, with the generated permission-<name> inputs shown as one. */
export function inputNamesOf(command: CommandName): string[] {
  const names = inputsOf(command)
    .filter(([, spec]) => !spec.cliOnly)
    .map(([name]) => name as string)
  const permissions = names.filter((name) => name.startsWith('permission-'))
  if (permissions.length === 0) return names
  return [...names.filter((name) => !name.startsWith('permission-')), 'permission-<name>']
}

/**
 * Throws for the first given input (non-empty value) that `command` does not take. On the root
 * action the runner fills every declared input's default, so a value equal to the default (or any
 * value of an input whose default is an expression such as `${{ github.token }}`) is not counted.
 */
export function checkGivenInputs(
  given: ReadonlyMap<string, string>,
  command: CommandName,
  options: { perCommandAction: boolean },
): void {
  const own = new Set(
    inputsOf(command)
      .filter(([, spec]) => !spec.cliOnly)
      .map(([name]) => name as string),
  )
  for (const [name, value] of given) {
    if (!value.trim() || own.has(name)) continue
    if (name === 'command') {
      if (!options.perCommandAction) continue
      throw new InputError(
        'command',
        `the ${command} action takes no command input: it runs ${command}. Remove it, or use the root action (ci-relay@v1) with command:.`,
      )
    }
    const spec = ALL_INPUTS[name as AnyInputName]
    if (spec && !options.perCommandAction && spec.default !== undefined) {
      if (spec.default.includes('${{') || value.trim() === spec.default) continue
    }
    const others = spec?.commands.filter((c) => c !== command) ?? []
    const where = spec?.cliOnly
      ? ' (a CLI flag only)'
      : others.length
        ? ` (it is an input of ${others.join(', ')})`
        : ''
    throw new InputError(
      name,
      `not an input of ${command}${where}${didYouMean(name, own)}. ${command} takes: ${inputNamesOf(command).join(', ')}.`,
    )
  }
}
