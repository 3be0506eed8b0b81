// A forward proxy on loopback, as a corporate proxy in front of a self-hosted runner: plain-HTTP
// requests in absolute form are forwarded, CONNECT opens a tunnel. Host names under `.test` resolve
// to 127.0.0.1 here and nowhere else, so a request that reaches a stand-in at such a name went
// through this proxy. Every request is recorded.
import { createServer, request as httpRequest, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { after } from 'node:test'

export interface ProxiedRequest {
  /** 'CONNECT' for a tunnel, else the forwarded request's method. */
  method: string
  /** host:port asked for. */
  target: string
  /** Path of a forwarded request (empty for CONNECT). */
  path: string
  /** Proxy-Authorization sent, if any. */
  proxyAuthorization?: string
}

export interface ForwardProxy {
  /** http://127.0.0.1:<port> */
  url: string
  requests: ProxiedRequest[]
  close(): Promise<void>
}

/** Where the proxy connects for a host name; undefined = refused (502). */
function resolveHost(host: string): string | undefined {
  if (host.endsWith('.test')) return '127.0.0.1'
  if (host === '127.0.0.1' || host === 'localhost') return '127.0.0.1'
  return undefined
}

function splitHostPort(value: string, defaultPort: number): [string, number] {
  const match = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(value)
  return [match?.[1] ?? value, Number(match?.[2] ?? defaultPort)]
}

export async function startForwardProxy(): Promise<ForwardProxy> {
  const requests: ProxiedRequest[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((req, res) => {
    let target: URL
    try {
      target = new URL(req.url ?? '')
    } catch {
      res.writeHead(400).end('absolute-form request expected')
      return
    }
    requests.push({
      method: req.method ?? '',
      target: target.host,
      path: target.pathname + target.search,
      ...(req.headers['proxy-authorization']
        ? { proxyAuthorization: req.headers['proxy-authorization'] }
        : {}),
    })
    const address = resolveHost(target.hostname)
    if (!address) {
      res.writeHead(502).end(`proxy cannot resolve ${target.hostname}`)
      return
    }
    const headers = { ...req.headers }
    delete headers['proxy-authorization']
    delete headers['proxy-connection']
    const upstream = httpRequest(
      {
        host: address,
        port: Number(target.port || 80),
        method: req.method,
        path: target.pathname + target.search,
        headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => req.socket.destroy())
    req.pipe(upstream)
  })
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const [host, port] = splitHostPort(req.url ?? '', 443)
    requests.push({
      method: 'CONNECT',
      target: `${host}:${port}`,
      path: '',
      ...(req.headers['proxy-authorization']
        ? { proxyAuthorization: req.headers['proxy-authorization'] }
        : {}),
    })
    const address = resolveHost(host)
    if (!address) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')
      return
    }
    const upstream = connect(port, address, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream).add(client)
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  server.on('connection', (socket: Socket) => sockets.add(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })
  after(close)
  return { url: `http://127.0.0.1:${port}`, requests, close }
}

/** The same URL under a host name only the proxy resolves (127.0.0.1 → name). */
export function viaName(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.hostname = name
  return parsed.toString().replace(/\/$/, url.endsWith('/') ? '/' : '')
}
