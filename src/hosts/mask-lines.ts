/**
 * The values to register for one secret: the runner matches masks line by line, so a multi-line
 * secret (a PEM) is registered per line too (lines of 8 characters or more that are not PEM
 * armour, which is public).
 */
export function maskValues(secret: string): string[] {
  if (!secret) return []
  const values = [secret]
  const lines = secret.split(/\r?\n/).map((line) => line.trim())
  if (lines.length < 2) return values
  for (const line of lines) if (line.length >= 8 && !line.startsWith('-----')) values.push(line)
  return values
}

/** `::add-mask::` for one value, escaped as @actions/core escapes command data. */
export function addMaskCommand(value: string): string {
  const data = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  return `::add-mask::${data}\n`
}
