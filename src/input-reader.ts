import { InputError } from './errors.js'
import {
  ALL_INPUTS,
  type CommandName,
  type DefaultedInput,
  type AnyInputName,
  type InputSpec,
} from './inputs.js'
import type { Host } from './hosts/types.js'
import { charLength } from './text.js'

/** What a reader returns: never undefined for an input the table gives a default. */
type Read<N extends AnyInputName, T> = N extends DefaultedInput ? T : T | undefined

const TRUE = ['true', 'True', 'TRUE']

/**
 * Header values cannot hold CR, LF or NUL: a pasted line break would fail deep inside the HTTP
 * client (retried as a network error, the input never named), or split a header. The value
 * itself is never shown: these inputs are secrets or credentials.
 */
function checkHeaderValue(name: AnyInputName, spec: InputSpec, value: string): void {
  const values = spec.lines ? value.split('\n').map((line) => line.trim()) : [value]
  const bad = values.find((item) => /[\r\n\0]/.test(item))
  if (bad === undefined) return
  const what = bad.includes('\0') ? 'a NUL character' : 'a line break'
  throw new InputError(
    name,
    `must not contain ${what}: it goes into an HTTP request as one value (a header or a credential). Check the secret or variable for a pasted line break (surrounding white space is trimmed).`,
  )
}
const FALSE = ['false', 'False', 'FALSE']

/**
 * Typed access to one command's inputs, resolved from the host, then fallback environment
 * variables, then the table's default. Every error names the input and what was expected.
 */
export class InputReader {
  constructor(
    private readonly host: Pick<Host, 'getInput' | 'mask' | 'env'>,
    readonly command: CommandName,
  ) {}

  /** The environment the inputs fall back to (the CLI's, or the runner's). */
  get env(): NodeJS.ProcessEnv {
    return this.host.env
  }

  private spec(name: AnyInputName): InputSpec {
    const spec: InputSpec | undefined = ALL_INPUTS[name]
    if (!spec?.commands.includes(this.command)) {
      throw new Error(`Input '${name}' is not an input of '${this.command}' (inputs.ts).`)
    }
    return spec
  }

  /** The trimmed value, or '' when not given and there is no usable default. */
  raw(name: AnyInputName): string {
    const spec = this.spec(name)
    let value = this.host.getInput(name).trim()
    for (const env of spec.fallbackEnv ?? []) {
      if (value) break
      value = (this.host.env[env] ?? '').trim()
    }
    if (!value && spec.default !== undefined && !spec.default.includes('${{')) value = spec.default
    if (value && spec.secret) this.host.mask(value)
    if (value && spec.header) checkHeaderValue(name, spec, value)
    return value
  }

  /** The value as given (flag, CI_RELAY_* variable or step input), ignoring fallbacks and defaults. */
  given(name: AnyInputName): string {
    this.spec(name)
    return this.host.getInput(name).trim()
  }

  /** One value per line (a rotation list of secrets), trimmed, empties dropped. */
  lines(name: AnyInputName): string[] {
    return this.raw(name)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
  }

  string<N extends AnyInputName>(
    name: N,
    options: { required?: boolean; hint?: string } = {},
  ): Read<N, string> {
    return this.checkedString(name, options) as Read<N, string>
  }

  private checkedString(
    name: AnyInputName,
    options: { required?: boolean; hint?: string },
  ): string | undefined {
    const value = this.raw(name)
    const spec = this.spec(name)
    if (!value) {
      if (options.required) {
        throw new InputError(
          name,
          `must be set to a non-empty string${options.hint ? `: ${options.hint}` : ''}. If using a secret or variable, ensure it is available in this workflow context.`,
        )
      }
      return undefined
    }
    if (spec.max !== undefined && charLength(value) > spec.max) {
      throw new InputError(
        name,
        `must be at most ${spec.max} characters (got ${charLength(value)}).`,
      )
    }
    if (spec.options && !spec.options.includes(value)) {
      throw new InputError(
        name,
        `must be one of ${spec.options.join(', ')} (got '${spec.secret ? '***' : value}').`,
      )
    }
    return value
  }

  boolean<N extends AnyInputName>(name: N): Read<N, boolean> {
    return this.parseBoolean(name) as Read<N, boolean>
  }

  private parseBoolean(name: AnyInputName): boolean | undefined {
    const value = this.raw(name)
    if (!value) return undefined
    if (TRUE.includes(value)) return true
    if (FALSE.includes(value)) return false
    throw new InputError(name, `must be true or false (got '${value}').`)
  }

  integer<N extends AnyInputName>(name: N): Read<N, number> {
    return this.parseInteger(name) as Read<N, number>
  }

  private parseInteger(name: AnyInputName): number | undefined {
    const value = this.raw(name)
    if (!value) return undefined
    const spec = this.spec(name)
    const n = /^\d+$/.test(value) ? Number(value) : NaN
    const range = `${spec.min ?? 0}${spec.max !== undefined ? ` to ${spec.max}` : ' or more'}`
    if (
      !Number.isSafeInteger(n) ||
      (spec.min !== undefined && n < spec.min) ||
      (spec.max !== undefined && n > spec.max)
    ) {
      throw new InputError(name, `must be a whole number, ${range} (got '${value}').`)
    }
    return n
  }

  /** Comma- or newline-separated, trimmed, empties dropped. */
  list(name: AnyInputName): string[] {
    return this.raw(name)
      .split(/[,\n]/)
      .map((item) => item.trim())
      .filter(Boolean)
  }

  jsonObject<N extends AnyInputName>(name: N): Read<N, Record<string, unknown>> {
    return this.parseJsonObject(name) as Read<N, Record<string, unknown>>
  }

  private parseJsonObject(name: AnyInputName): Record<string, unknown> | undefined {
    const value = this.raw(name)
    if (!value) return undefined
    let parsed: unknown
    try {
      parsed = JSON.parse(value)
    } catch (error) {
      throw new InputError(
        name,
        `must be a JSON object; it is not valid JSON (${(error as Error).message}).`,
      )
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new InputError(
        name,
        `must be a JSON object like {"key": "value"} (got ${Array.isArray(parsed) ? 'an array' : typeof parsed}).`,
      )
    }
    return parsed as Record<string, unknown>
  }
}
