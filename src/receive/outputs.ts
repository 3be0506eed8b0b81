// A received payload as step outputs: one per top-level key, under names GitHub accepts.

/** What `steps.<id>.outputs.<name>` can name: a letter or _, then letters, digits, - and _. */
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/

/** Strings as they are; numbers, booleans, null, objects and arrays as (one-line) JSON. */
export function outputValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export interface KeyOutputs {
  outputs: Record<string, string>
  /** Keys not turned into outputs, with why. */
  skipped: { key: string; reason: string }[]
}

/**
 * One output per key of `data`. A key that is not a valid output name, or that names the same
 * output as an earlier key or one of `reserved` (output names are case-insensitive in
 * expressions), is skipped: the payload output still carries it.
 */
export function keyOutputs(data: Record<string, unknown>, reserved: readonly string[]): KeyOutputs {
  const taken = new Map(reserved.map((name) => [name.toLowerCase(), `the ${name} output`]))
  // No prototype: a key named __proto__ is an output like any other, not a prototype change that
  // would drop it silently.
  const result: KeyOutputs = { outputs: Object.create(null) as Record<string, string>, skipped: [] }
  for (const [key, value] of Object.entries(data)) {
    if (!OUTPUT_NAME.test(key)) {
      result.skipped.push({
        key,
        reason: 'is not a valid output name (a letter or _, then letters, digits, - or _)',
      })
      continue
    }
    const clash = taken.get(key.toLowerCase())
    if (clash) {
      result.skipped.push({ key, reason: `names the same output as ${clash}` })
      continue
    }
    taken.set(key.toLowerCase(), `the key ${JSON.stringify(key)}`)
    // defineProperty: a key such as __proto__ must become an output, not the object's prototype.
    Object.defineProperty(result.outputs, key, {
      value: outputValue(value),
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return result
}
