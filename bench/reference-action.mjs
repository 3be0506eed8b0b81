// The hand-written reference for `receive`: what a protocol-correct action that turns a
// repository_dispatch payload into outputs costs with no library at all. It reads the event and
// writes every top-level key (strings raw, others as JSON), `payload` and `event-type` to
// GITHUB_OUTPUT with the runner's heredoc form and a random delimiter, as @actions/core does.
import { randomUUID } from 'node:crypto'
import { appendFileSync, readFileSync } from 'node:fs'

const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'))
const payload = event.client_payload ?? {}
let out = ''
const set = (name, value) => {
  const delimiter = `ghadelimiter_${randomUUID()}`
  out += `${name}<<${delimiter}\n${value}\n${delimiter}\n`
}
for (const [key, value] of Object.entries(payload))
  set(key, typeof value === 'string' ? value : JSON.stringify(value))
set('payload', JSON.stringify(payload))
set('event-type', event.action ?? '')
appendFileSync(process.env.GITHUB_OUTPUT, out)
