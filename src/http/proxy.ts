// HTTPS_PROXY / HTTP_PROXY / NO_PROXY (either case, as curl reads them) for every outgoing call.
// The agents are loaded only when a proxy applies to the URL, so a runner without a proxy pays
// nothing for them.
import type { Agent } from 'node:http'

const agents = new Map<string, Promise<Agent>>()

/** The proxy URL to use for `url` (empty when none applies or NO_PROXY exempts the host). */
export async function proxyFor(url: URL): Promise<string> {
  if (!hasProxyEnv()) return ''
  const { getProxyForUrl } = await import('proxy-from-env')
  return getProxyForUrl(url.href)
}

function hasProxyEnv(): boolean {
  const env = process.env
  return Boolean(
    env.HTTPS_PROXY ||
    env.https_proxy ||
    env.HTTP_PROXY ||
    env.http_proxy ||
    env.ALL_PROXY ||
    env.all_proxy,
  )
}

export interface Proxied {
  agent: Agent
  /** The proxy, as shown in messages (no credentials). */
  shown: string
}

/** An agent sending `url`'s request through the proxy, or undefined to connect directly. */
export async function proxyAgentFor(url: URL): Promise<Proxied | undefined> {
  const proxy = await proxyFor(url)
  if (!proxy) return undefined
  const key = `${url.protocol} ${proxy}`
  let agent = agents.get(key)
  if (!agent) {
    // https targets are tunnelled with CONNECT; http targets are forwarded (absolute-URI requests).
    agent =
      url.protocol === 'https:'
        ? import('https-proxy-agent').then(
            ({ HttpsProxyAgent }) => new HttpsProxyAgent(proxy, { keepAlive: true }),
          )
        : import('http-proxy-agent').then(
            ({ HttpProxyAgent }) => new HttpProxyAgent(proxy, { keepAlive: true }),
          )
    agents.set(key, agent)
  }
  let shown = proxy
  try {
    shown = new URL(proxy).origin
  } catch {
    // proxy-from-env accepts host:port; show it as given
  }
  return { agent: await agent, shown }
}
