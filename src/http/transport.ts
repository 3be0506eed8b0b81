// One HTTP attempt on node:http(s) — cheaper to load than the platform fetch (whose internal undici
// costs 45-60 ms on the first request) — through the proxy the environment names, bounded by a
// signal. Answers are read whole and handed back as a small fetch-compatible Response.
import type { IncomingHttpHeaders } from 'node:http'
import { describeSocketError, NetworkError } from './errors.js'
import { proxyAgentFor } from './proxy.js'

/** Answers larger than this are refused (nothing ci-relay calls sends that much). */
const MAX_ANSWER_BYTES = 32 * 1024 * 1024

export interface AttemptInit {
  method: string
  headers: Record<string, string>
  body?: string | Uint8Array
  /** Fires when the attempt's time is up (its reason says so) or the caller aborts. */
  signal: AbortSignal
  /** The attempt's timeout, for transports that keep their own time (tests). */
  timeoutMs: number
}

/** The response headers, as fetch's Headers reads them (names lower-case). */
export class AnswerHeaders implements Iterable<[string, string]> {
  private readonly map = new Map<string, string>()

  constructor(raw: IncomingHttpHeaders | Record<string, string> = {}) {
    for (const [name, value] of Object.entries(raw)) {
      if (value === undefined) continue
      this.map.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value))
    }
  }

  get(name: string): string | null {
    return this.map.get(name.toLowerCase()) ?? null
  }

  has(name: string): boolean {
    return this.map.has(name.toLowerCase())
  }

  forEach(callback: (value: string, name: string) => void): void {
    for (const [name, value] of this.map) callback(value, name)
  }

  entries(): IterableIterator<[string, string]> {
    return this.map.entries()
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.map.entries()
  }
}

/** What fetch's Response offers that ci-relay and Octokit read. */
export class Answer {
  /** Attempts it took (set by request()). */
  attempts = 1

  constructor(
    readonly status: number,
    readonly statusText: string,
    readonly headers: AnswerHeaders,
    readonly url: string,
    private readonly bytes: Buffer,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status <= 299
  }

  get redirected(): boolean {
    return false
  }

  /** Already read whole: there is no stream to consume. */
  get body(): null {
    return null
  }

  async text(): Promise<string> {
    return this.bytes.toString('utf8')
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.bytes.toString('utf8'))
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    return this.bytes.buffer.slice(
      this.bytes.byteOffset,
      this.bytes.byteOffset + this.bytes.byteLength,
    ) as ArrayBuffer
  }
}

/**
 * Sends one request and reads the whole answer. Rejects with a NetworkError (refused, reset, DNS,
 * TLS ...) or with `signal.reason` when the signal fires first. Redirects are not followed.
 */
export async function attempt(url: URL, init: AttemptInit): Promise<Answer> {
  const client = url.protocol === 'https:' ? await import('node:https') : await import('node:http')
  const proxied = await proxyAgentFor(url)
  init.signal.throwIfAborted()
  return new Promise<Answer>((resolve, reject) => {
    let settled = false
    const fail = (error: unknown) => {
      if (settled) return
      settled = true
      init.signal.removeEventListener('abort', onAbort)
      request.destroy()
      if (init.signal.aborted) reject(init.signal.reason)
      else {
        const failure = describeSocketError(error, url.hostname)
        reject(proxied ? failure.through(proxied.shown) : failure)
      }
    }
    const onAbort = () => fail(init.signal.reason)
    const headers = { ...init.headers }
    if (
      init.body !== undefined &&
      !Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')
    ) {
      headers['Content-Length'] = String(Buffer.byteLength(init.body))
    }
    const request = client.request(
      url,
      { method: init.method, headers, ...(proxied ? { agent: proxied.agent } : {}) },
      (response) => {
        const chunks: Buffer[] = []
        let size = 0
        response.on('data', (chunk: Buffer) => {
          size += chunk.length
          if (size > MAX_ANSWER_BYTES) {
            fail(
              new NetworkError(
                'too-large',
                `the answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MB`,
              ),
            )
            return
          }
          chunks.push(chunk)
        })
        response.on('error', fail)
        response.on('aborted', () =>
          fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })),
        )
        response.on('end', () => {
          if (settled) return
          settled = true
          init.signal.removeEventListener('abort', onAbort)
          resolve(
            new Answer(
              response.statusCode ?? 0,
              response.statusMessage ?? '',
              new AnswerHeaders(response.headers),
              url.href,
              Buffer.concat(chunks),
            ),
          )
        })
      },
    )
    init.signal.addEventListener('abort', onAbort, { once: true })
    request.on('error', fail)
    request.end(init.body)
  })
}
