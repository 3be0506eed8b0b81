// Job summary headings that say how the step went, not only which command ran, and the summary a
// step that failed before it could write its own leaves behind.

/** `### ci-relay callback: failed (401)` */
export function summaryHeading(command: string, outcome: string): string {
  return `### ci-relay ${command}: ${outcome}`
}

/** `failed (401)`, `failed (no answer)` */
export function failedOutcome(status: number | undefined): string {
  return `failed (${status ?? 'no answer'})`
}

/** The summary of a step that failed with `message` (e.g. a refused signature in receive). */
export function failureSummary(command: string, message: string): string {
  const quoted = message
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')
  return `${summaryHeading(command, 'failed')}\n\n${quoted}\n`
}

/** Where a file the step wrote can be kept: the upload-artifact step to add after it. */
export function keepFileHint(stepId: string, output: string, name: string): string {
  return [
    'Keep it with a step after this one (give this step `id: ' + stepId + '`):',
    '',
    '```yaml',
    `- if: failure() && steps.${stepId}.outputs.${output}`,
    '  uses: actions/upload-artifact@v4',
    '  with:',
    `    name: ${name}`,
    `    path: \${{ steps.${stepId}.outputs.${output} }}`,
    '```',
  ].join('\n')
}
