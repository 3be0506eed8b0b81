// Limits are counted in characters (code points), as GitHub and receivers count them, not bytes.

export const charLength = (text: string): number => [...text].length

/** `text` cut to `max` characters, the last one `…`, when it is longer. */
export function cutText(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/** An absolute http(s) URL with a host. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== ''
  } catch {
    return false
  }
}
