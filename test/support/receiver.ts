// A loopback webhook receiver for tests: records each request's raw body and headers, and answers
// request n with handlers[n] (the last one repeats), so a scenario scripts its faults.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { after } from 'node:test'

export interface Received {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
  /** When the request had been read (ms since the epoch). */
  at: number
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void

export interface Receiver {
  /** http://127.0.0.1:<port>/hook */
  url: string
  received: Received[]
  close(): Promise<void>
}

const servers = new Set<Server>()
after(() => {
  for (const server of servers) {
    server.closeAllConnections()
    server.close()
  }
})

/** `tls`: serve https with this key and certificate (the URL then starts with https://). */
export async function startReceiver(
  handlers: Handler[] = [status(200)],
  options: { tls?: { key: Buffer; cert: Buffer } } = {},
): Promise<Receiver> {
  const received: Received[] = []
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const index = received.length
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      })
      handlers[Math.min(index, handlers.length - 1)]?.(req, res)
    })
  }
  const server = options.tls ? createHttpsServer(options.tls, handle) : createServer(handle)
  servers.add(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}/hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        servers.delete(server)
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** Answers `code` (with an error body for 4xx/5xx). */
export const status =
  (code: number, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(code, headers)
    res.end(code >= 400 ? `error ${code}` : '')
  }

/** Never answers: the sender's timeout must end the attempt. */
export const hang: Handler = () => undefined

/** Drops the connection without an answer. */
export const reset: Handler = (req) => req.socket.destroy()
