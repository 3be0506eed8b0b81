import { addMaskCommand } from '../hosts/mask-lines.js'
import { newSecret } from '../webhook/sign.js'
import { parseToolArgs, withUsage } from './args.js'
import type { Tool } from './index.js'

const USAGE = `Usage: ci-relay secret

Prints a fresh Standard Webhooks secret (whsec_ and 32 random bytes in base64) on stdout: give
the same string to notify (secret) and to the receiver. Inside GitHub Actions it is masked first.
`

export const tool: Tool = {
  summary: 'Print a fresh whsec_ webhook secret.',
  usage: USAGE,
  run: (args, env, io) =>
    withUsage(
      USAGE,
      io,
      () => parseToolArgs('secret', args, []),
      () => newSecret(),
      async (secret) => {
        if (env.GITHUB_ACTIONS === 'true') io.stderr(addMaskCommand(secret))
        io.stdout(`${secret}\n`)
        return 0
      },
    ),
}
