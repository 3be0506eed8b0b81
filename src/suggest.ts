import leven from 'leven'

/**
 * The candidate a mistyped name most likely meant ("did you mean"), or undefined when none is
 * close: at most a third of the name's length in edits (as git and npm suggest), or a candidate
 * that only differs by a plural or a prefix (`repositories` → `repository`).
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase()
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of candidates) {
    const distance = leven(wanted, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  if (best === undefined) return undefined
  const limit = Math.max(2, Math.ceil(wanted.length / 3))
  const stem = (s: string) => s.toLowerCase().replace(/(ies|es|s|y)$/, '')
  return bestDistance <= limit || stem(best) === stem(wanted) ? best : undefined
}

/** " (did you mean 'x'?)" or ''; `show` writes the candidate (e.g. as a flag: `--x`). */
export function didYouMean(
  name: string,
  candidates: Iterable<string>,
  show: (match: string) => string = (match) => `'${match}'`,
): string {
  const match = closest(name, candidates)
  return match ? ` (did you mean ${show(match)}?)` : ''
}
