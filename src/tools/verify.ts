import { readFileSync } from 'node:fs'
import { WebhookVerificationError, type IncomingHeaders } from '../webhook/verify.js'
import type { Tool } from './index.js'
import { UsageError, parseToolArgs, withUsage } from './args.js'
import {
  OIDC_FLAGS,
  RECEIVER_FLAGS,
  checkDelivery,
  checkIdentity,
  oidcExpectations,
  receiverSettings,
  type ReceiverSettings,
} from './receiver.js'
import type { IdentityExpectations } from '../webhook/identity.js'

const USAGE = `Usage: ci-relay verify [--file BODY] [--header 'name: value' ...] [--signature SCHEME]
                       [--tolerance SECONDS] [--oidc-issuer URL [--oidc-audience AUD]
                       [--oidc-claim name=value ...]]

Checks one webhook delivery: the raw body (from --file, else stdin) against its headers.
  --header         a received header, as 'name: value' (repeat for each)
  --signature      standard, github, jobserv, gitlab or none (default: from the signature header present;
                   none with --oidc-issuer and no secret)
  --secret         the webhook secret; prefer CI_RELAY_SECRET (flags show in process lists);
                   several while rotating (repeat the flag, or one per line): valid if any matches
  --tolerance      accepted age of a standard timestamp, in seconds (default 300)
  --oidc-issuer    also check the OIDC token in 'Authorization: Bearer' (notify's oidc-audience)
                   against this issuer's keys, e.g. https://token.actions.githubusercontent.com
  --oidc-audience  the audience the token must name
  --oidc-claim     a claim the token must carry, as name=value (repeat for each)
Exit 0 when the delivery is valid (the body is printed on stdout), 1 when not, 2 on a usage error.
`

function parseHeaders(values: string | undefined): IncomingHeaders {
  const headers: Record<string, string> = {}
  for (const line of (values ?? '').split('\n').filter(Boolean)) {
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim().toLowerCase()
    if (colon <= 0 || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(name)) {
      throw new UsageError(`--header must be 'name: value' (got '${line.slice(0, 40)}').`)
    }
    const value = line.slice(colon + 1).trim()
    headers[name] = headers[name] === undefined ? value : `${headers[name]} ${value}`
  }
  return headers
}

interface Delivery {
  body: string | Buffer
  headers: IncomingHeaders
  settings: ReceiverSettings
  oidc?: IdentityExpectations
}

export const tool: Tool = {
  summary: 'Check a webhook delivery (body and headers) the way a receiver would.',
  usage: USAGE,
  run: (args, env, io) =>
    withUsage(
      USAGE,
      io,
      () => parseToolArgs('verify', args, ['file', 'header', ...RECEIVER_FLAGS, ...OIDC_FLAGS]),
      async ({ flags }): Promise<Delivery> => {
        const oidc = oidcExpectations(flags)
        const settings = receiverSettings(flags, env, oidc ? 'none' : undefined)
        const headers = parseHeaders(flags.get('header'))
        const file = flags.get('file')
        if (file !== undefined) {
          try {
            return { body: readFileSync(file), headers, settings, oidc }
          } catch (error) {
            throw new UsageError(`cannot read --file: ${(error as Error).message}`)
          }
        }
        if (!io.stdin) throw new UsageError('give the body with --file, or on stdin.')
        return { body: await io.stdin(), headers, settings, oidc }
      },
      async ({ body, headers, settings, oidc }) => {
        try {
          const checked = checkDelivery(body, headers, settings)
          if (oidc) {
            const claims = await checkIdentity(headers, oidc)
            io.stderr(`verified: OIDC token of ${oidc.issuer} (sub: ${String(claims.sub)})\n`)
          }
          const what =
            checked.signature === 'none'
              ? `accepted (unsigned: no body signature checked)`
              : 'verified'
          io.stderr(`${what}: ${checked.signature} delivery ${checked.id ?? '(no id)'}\n`)
          const text = body.toString()
          io.stdout(text.endsWith('\n') ? text : `${text}\n`)
          return 0
        } catch (error) {
          if (error instanceof WebhookVerificationError) {
            io.stderr(`error: not valid: ${error.message}\n`)
            return 1
          }
          // A secret that cannot be a key (e.g. whsec_ with no base64): a usage error.
          io.stderr(`error: ${(error as Error).message}\n`)
          return 2
        }
      },
    ),
}
