// A dotenv file for GitLab's artifacts:reports:dotenv. GitLab reads each line as
// /^(.*?)=(.*)$/ with both sides stripped, keys of [A-Za-z0-9_] only, no quoting and no escapes,
// and rejects the whole file beyond its size limit: so values are written as they are, and a value
// it cannot carry is skipped (and reported) rather than mangled.

/** GitLab's default dotenv_size (bytes); a bigger file loses every variable. */
export const GITLAB_DOTENV_MAX_BYTES = 5120

export const DOTENV_PREFIX = /^[A-Za-z_][A-Za-z0-9_]*$/

export function dotenvName(prefix: string, name: string): string {
  return `${prefix}${name}`.toUpperCase().replace(/[^A-Z0-9_]/g, '_')
}

export interface DotenvFile {
  text: string
  written: string[]
  skipped: { name: string; reason: string }[]
}

/** Lines NAME=value for each entry, in order, skipping what GitLab would reject or change. */
export function dotenvFile(entries: readonly [string, string][], prefix: string): DotenvFile {
  const file: DotenvFile = { text: '', written: [], skipped: [] }
  const skip = (name: string, reason: string) => file.skipped.push({ name, reason })
  for (const [key, value] of entries) {
    const name = dotenvName(prefix, key)
    const line = `${name}=${value}\n`
    if (/[\r\n]/.test(value)) skip(name, 'its value has more than one line')
    else if (value !== value.trim())
      skip(name, 'its value starts or ends with white space, which GitLab strips')
    else if (file.written.includes(name)) skip(name, 'an earlier key has the same variable name')
    else if (Buffer.byteLength(file.text + line) > GITLAB_DOTENV_MAX_BYTES)
      skip(name, `the file would exceed ${GITLAB_DOTENV_MAX_BYTES} bytes, GitLab's default limit`)
    else {
      file.text += line
      file.written.push(name)
    }
  }
  return file
}
