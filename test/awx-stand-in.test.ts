// The AWX stand-in is as strict as AWX: each rule the scenarios rely on, checked directly.
import assert from 'node:assert/strict'
import { createHash, createHmac } from 'node:crypto'
import { describe, test } from 'node:test'
import { startFakeAwx, type FakeAwx } from './support/awx.js'

const KEY = 'template-key'
const SHA = 'a'.repeat(40)

async function awx(): Promise<FakeAwx> {
  return startFakeAwx([
    { kind: 'job_templates', id: 1, service: 'github', key: KEY },
    { kind: 'job_templates', id: 2, service: 'gitlab', key: KEY },
    { kind: 'job_templates', id: 3, service: 'github', key: '' },
  ])
}

const sha1 = (body: string, key = KEY) =>
  `sha1=${createHmac('sha1', key).update(body).digest('hex')}`

async function post(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; answer: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })
  return { status: response.status, answer: await response.json().catch(() => null) }
}

function github(fake: FakeAwx, body: string, headers: Record<string, string> = {}) {
  return post(fake.endpoint('job_templates', 1, 'github'), body, {
    'x-hub-signature': sha1(body),
    'x-github-event': 'push',
    'x-github-delivery': 'delivery-1',
    ...headers,
  })
}

describe('AWX stand-in: GitHub endpoint', () => {
  test('sha1 only: an X-Hub-Signature-256 alone, a sha256= value or a wrong key is 403', async () => {
    const fake = await awx()
    const body = JSON.stringify({ after: SHA })
    const sha256 = `sha256=${createHmac('sha256', KEY).update(body).digest('hex')}`
    const url = fake.endpoint('job_templates', 1, 'github')
    const base = { 'x-github-event': 'push', 'x-github-delivery': 'd' }
    assert.equal((await post(url, body, { ...base, 'x-hub-signature-256': sha256 })).status, 403)
    assert.equal((await post(url, body, { ...base, 'x-hub-signature': sha256 })).status, 403)
    assert.equal((await github(fake, body, { 'x-hub-signature': sha1(body, 'other') })).status, 403)
    assert.equal((await github(fake, body, { 'x-hub-signature': 'sha1=a=b' })).status, 500)
    assert.equal(fake.launches.length, 0)
    assert.equal((await github(fake, body)).status, 202)
    assert.equal(fake.launches.length, 1)
  })

  test('the body must be a JSON object (400), sent as JSON (415); empty is {}', async () => {
    const fake = await awx()
    assert.equal((await github(fake, '[{"type":"job"}]')).status, 400)
    assert.equal((await github(fake, '{oops')).status, 400)
    assert.equal((await github(fake, '{}', { 'content-type': 'text/plain' })).status, 415)
    assert.equal(fake.launches.length, 0)
    assert.equal((await github(fake, '')).status, 202)
    assert.deepEqual(fake.launches[0]?.payload, {})
    assert.equal(fake.launches[0]?.ref, null)
  })

  test('a template without a key, or of the other service, is 403', async () => {
    const fake = await awx()
    const body = '{}'
    const headers = {
      'x-hub-signature': sha1(body),
      'x-github-event': 'push',
      'x-github-delivery': 'd',
    }
    assert.equal(
      (await post(fake.endpoint('job_templates', 3, 'github'), body, headers)).status,
      403,
    )
    assert.equal(
      (await post(fake.endpoint('job_templates', 2, 'github'), body, headers)).status,
      403,
    )
    assert.equal(
      (await post(fake.endpoint('workflow_job_templates', 1, 'github'), body, headers)).status,
      403,
    )
    assert.equal(fake.launches.length, 0)
  })

  test('delivery ids: one launch per id; a missing or >128-character id cannot be stored (500)', async () => {
    const fake = await awx()
    const body = JSON.stringify({ after: SHA })
    assert.equal((await github(fake, body)).status, 202)
    const again = await github(fake, body)
    assert.equal(again.status, 202)
    assert.deepEqual(again.answer, { message: 'Webhook previously received, aborting.' })
    assert.equal((await github(fake, body, { 'x-github-delivery': 'x'.repeat(129) })).status, 500)
    assert.equal((await github(fake, body, { 'x-github-delivery': 'y'.repeat(128) })).status, 202)
    assert.equal(fake.launches.length, 2)
  })

  test('the ref by event; a deleted ref is none; the status link only on pull_request', async () => {
    const fake = await awx()
    const pr = JSON.stringify({
      pull_request: {
        head: { sha: SHA },
        statuses_url: `https://api.github.com/repos/o/r/statuses/${SHA}`,
      },
    })
    await github(fake, pr, { 'x-github-event': 'pull_request', 'x-github-delivery': '1' })
    await github(fake, JSON.stringify({ after: '0'.repeat(40) }), { 'x-github-delivery': '2' })
    await github(fake, JSON.stringify({ release: { tag_name: 'v1' } }), {
      'x-github-event': 'release',
      'x-github-delivery': '3',
    })
    await github(fake, pr, { 'x-github-event': 'check_run', 'x-github-delivery': '4' })
    assert.deepEqual(
      fake.launches.map((l) => [l.eventType, l.ref, l.statusApi]),
      [
        ['pull_request', SHA, `https://api.github.com/repos/o/r/statuses/${SHA}`],
        ['push', null, null],
        ['release', 'v1', null],
        ['check_run', null, null],
      ],
    )
  })
})

describe('AWX stand-in: GitLab endpoint', () => {
  const project = { id: 42, web_url: 'https://gitlab.example.com/g/p' }
  const gitlab = (fake: FakeAwx, body: string, headers: Record<string, string> = {}) =>
    post(fake.endpoint('job_templates', 2, 'gitlab'), body, {
      'x-gitlab-token': KEY,
      'x-gitlab-event': 'Push Hook',
      ...headers,
    })

  test('the token must equal the key; the body is not checked', async () => {
    const fake = await awx()
    const body = JSON.stringify({ checkout_sha: SHA, project })
    assert.equal((await gitlab(fake, body, { 'x-gitlab-token': `${KEY}x` })).status, 403)
    assert.equal((await gitlab(fake, body, { 'x-gitlab-token': '' })).status, 403)
    assert.equal(fake.launches.length, 0)
    assert.equal((await gitlab(fake, body)).status, 202)
    assert.equal(fake.launches[0]?.guid, createHash('sha1').update(body).digest('hex'))
    assert.equal(
      fake.launches[0]?.statusApi,
      `https://gitlab.example.com/api/v4/projects/42/statuses/${SHA}`,
    )
  })

  test('the delivery id is the SHA-1 of the body: the same body launches once', async () => {
    const fake = await awx()
    const body = JSON.stringify({ checkout_sha: SHA, project })
    await gitlab(fake, body)
    const again = await gitlab(fake, body)
    assert.deepEqual(again.answer, { message: 'Webhook previously received, aborting.' })
    await gitlab(
      fake,
      JSON.stringify({ object_attributes: { last_commit: { id: SHA } }, project }),
      {
        'x-gitlab-event': 'Merge Request Hook',
      },
    )
    await gitlab(fake, JSON.stringify({ project }), { 'x-gitlab-event': 'Pipeline Hook' })
    assert.deepEqual(
      fake.launches.map((l) => [l.eventType, l.ref, l.statusApi]),
      [
        ['Push Hook', SHA, `https://gitlab.example.com/api/v4/projects/42/statuses/${SHA}`],
        [
          'Merge Request Hook',
          SHA,
          `https://gitlab.example.com/api/v4/projects/42/statuses/${SHA}`,
        ],
        ['Pipeline Hook', null, null],
      ],
    )
  })
})
