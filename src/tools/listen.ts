import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { errorMessage } from '../errors.js'
import { WebhookVerificationError } from '../webhook/verify.js'
import { UsageError, parseToolArgs, withUsage } from './args.js'
import type { Tool, ToolIO } from './index.js'
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

const USAGE = `Usage: ci-relay listen [--port 8787] [--host 127.0.0.1] [--signature SCHEME]
                       [--oidc-issuer URL [--oidc-audience AUD] [--oidc-claim name=value ...]]

A local webhook receiver for prototyping: verifies each POSTed delivery, prints it, answers 200
when it is valid and 401 when it is not. Stops on Ctrl-C (SIGINT) or SIGTERM.
  --port        port to listen on (default 8787; 0 picks a free one)
  --host        address to listen on (default 127.0.0.1, this machine only)
  --signature   standard, github, jobserv, gitlab or none (default: from each delivery's headers)
  --secret      the webhook secret; prefer CI_RELAY_SECRET (flags show in process lists);
                several while rotating (repeat the flag, or one per line): valid if any matches
  --tolerance   accepted age of a standard timestamp, in seconds (default 300)
  --oidc-issuer    also require an OIDC token in 'Authorization: Bearer' (notify's oidc-audience)
                   signed by this issuer's keys (without a secret: deliveries need not be signed)
  --oidc-audience  the audience the token must name
  --oidc-claim     a claim the token must carry, as name=value (repeat for each)
`

/** Larger bodies are refused (413): this is a prototyping receiver. */
const MAX_BODY_BYTES = 5 * 1024 * 1024

function answer(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}

function pretty(body: Buffer): string {
  const text = body.toString('utf8')
  try {
    return JSON.stringify(JSON.parse(text), null, 2)
  } catch {
    return text
  }
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return undefined
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

export const tool: Tool = {
  summary: 'A local receiver that verifies and prints each delivery.',
  usage: USAGE,
  run: (args, env, io) =>
    withUsage(
      USAGE,
      io,
      () => parseToolArgs('listen', args, ['port', 'host', ...RECEIVER_FLAGS, ...OIDC_FLAGS]),
      ({ flags }) => {
        const portFlag = flags.get('port') ?? '8787'
        const port = /^\d{1,5}$/.test(portFlag) ? Number(portFlag) : NaN
        if (!(port >= 0 && port <= 65535)) throw new UsageError('--port must be 0 to 65535.')
        const oidc = oidcExpectations(flags)
        return {
          oidc,
          settings: receiverSettings(flags, env, oidc ? 'none' : undefined),
          port,
          host: flags.get('host') ?? '127.0.0.1',
        }
      },
      (options) => listen(options, io),
    ),
}

async function listen(
  {
    settings,
    oidc,
    port,
    host,
  }: { settings: ReceiverSettings; oidc?: IdentityExpectations; port: number; host: string },
  io: ToolIO,
): Promise<number> {
  const server = createServer((req, res) => {
    void (async () => {
      const where = `${req.method} ${req.url}`
      if (req.method !== 'POST') {
        answer(res, 405, { ok: false, error: 'POST a delivery' })
        return
      }
      const body = await readBody(req)
      if (!body) {
        answer(res, 413, { ok: false, error: `larger than ${MAX_BODY_BYTES} bytes` })
        req.socket.destroy()
        return
      }
      try {
        const checked = checkDelivery(body, req.headers, settings)
        const identity = oidc && (await checkIdentity(req.headers, oidc))
        const what =
          (checked.signature === 'none' ? 'accepted, unsigned' : 'verified') +
          (identity ? `, OIDC token of ${oidc.issuer} (sub: ${String(identity.sub)})` : '')
        io.stdout(
          `delivery ${checked.id ?? '(no id)'} ${what} (${checked.signature}) · ${where} · ${body.length} bytes\n${pretty(body)}\n`,
        )
        answer(res, 200, { ok: true, ...(checked.id && { delivery: checked.id }) })
      } catch (error) {
        // The reason is printed whatever it is (no debug switch needed); the sender only learns
        // that the delivery did not verify.
        const reason = errorMessage(error)
        const message = error instanceof WebhookVerificationError ? error.message : 'Cannot verify'
        io.stdout(`rejected ${where} · ${body.length} bytes: ${reason}\n`)
        answer(res, 401, { ok: false, error: message })
      }
    })().catch(() => res.destroy())
  })

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, host, () => resolve())
    })
  } catch (error) {
    io.stderr(`error: cannot listen on ${host}:${port}: ${(error as Error).message}\n`)
    return 1
  }
  const address = server.address() as AddressInfo
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const how = settings.signature ?? 'from the headers'
  const identity = oidc ? `, OIDC tokens of ${oidc.issuer}` : ''
  io.stderr(`listening on http://${shownHost}:${address.port} (signature: ${how}${identity})\n`)

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      server.close(() => resolve())
      server.closeAllConnections()
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  io.stderr('stopped\n')
  return 0
}
