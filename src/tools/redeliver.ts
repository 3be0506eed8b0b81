import { createCliHost } from '../hosts/cli.js'
import { resultsJson, send, type Outgoing, type SendOptions } from '../webhook/send.js'
import { readUndelivered } from '../webhook/undelivered.js'
import type { Tool } from './index.js'
import { UsageError, parseToolArgs, withUsage } from './args.js'
import { defaultOf, INPUTS } from '../inputs.js'

const USAGE = `Usage: ci-relay redeliver FILE [--max-attempts 10] [--timeout 10]

Sends again what a failed notify or callback left in FILE (its 'undelivered' output): the same
bodies and delivery ids (receivers de-duplicate on them), with fresh timestamps and signatures.
The secret comes from CI_RELAY_SECRET and the Authorization value from CI_RELAY_AUTHORIZATION
when the deliveries were signed or authorized (the file holds neither).
Prints the results as JSON; exit 0 when everything was delivered, 1 when not, 2 on a usage error.
`

/** A flag that is notify's input of the same name: its default and range are the table's. */
function whole(value: string | undefined, flag: 'max-attempts' | 'timeout'): number {
  const { min, max } = INPUTS[flag]
  if (value === undefined) return Number(defaultOf(flag))
  const n = /^\d+$/.test(value) ? Number(value) : NaN
  if (!(n >= min && n <= max))
    throw new UsageError(`--${flag} must be a whole number, ${min} to ${max}.`)
  return n
}

export const tool: Tool = {
  summary: 'Send again what a failed notify or callback left.',
  usage: USAGE,
  run: (args, env, io) => {
    const log = createCliHost({ flags: new Map(), env, stderr: io.stderr })
    return withUsage(
      USAGE,
      io,
      () => parseToolArgs('redeliver', args, ['max-attempts', 'timeout'], { positionals: true }),
      ({ flags, positionals }) => {
        const [path, ...extra] = positionals
        if (!path || extra.length) throw new UsageError('give one FILE (the undelivered output).')
        let file
        try {
          file = readUndelivered(path)
        } catch (error) {
          throw new UsageError((error as Error).message)
        }
        const secret = env.CI_RELAY_SECRET || undefined
        const authorization = env.CI_RELAY_AUTHORIZATION || undefined
        if (secret) log.mask(secret)
        if (authorization) log.mask(authorization)
        if (file.deliveries.some((d) => d.signature !== 'none') && !secret) {
          throw new UsageError('the deliveries are signed: set CI_RELAY_SECRET to the secret.')
        }
        if (file.deliveries.some((d) => d.authorization) && !authorization) {
          throw new UsageError(
            'the deliveries carried an Authorization header: set CI_RELAY_AUTHORIZATION to its value.',
          )
        }
        const outgoing: Outgoing[] = file.deliveries.map((d) => ({
          url: d.url,
          body: d.body,
          deliveryId: d.deliveryId,
          signature: d.signature,
          secret,
          event: d.event,
          instance: d.instance,
          authorization: d.authorization ? authorization : undefined,
        }))
        const options: SendOptions = {
          maxAttempts: whole(flags.get('max-attempts'), 'max-attempts'),
          timeoutMs: whole(flags.get('timeout'), 'timeout') * 1000,
          log,
          command: file.command,
        }
        return { outgoing, options }
      },
      async ({ outgoing, options }) => {
        const report = await send(outgoing, options)
        io.stdout(`${resultsJson(report.results)}\n`)
        if (!report.failure) return 0
        log.fail(report.failure)
        return 1
      },
    )
  },
}
