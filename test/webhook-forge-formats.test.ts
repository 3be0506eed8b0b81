// The github and gitlab formats from commit facts of either forge: the status link follows the
// forge the commit lives on, whatever format carries it.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  NO_COMMIT,
  forgeRepository,
  statusesUrl,
  type CommitFacts,
  type ForgeChange,
} from '../src/commit-facts.js'
import { get } from './support/awx.js'
import { gitlabCommitFacts } from '../src/gitlab/commit-facts.js'
import { readGitLabContext } from '../src/gitlab/context.js'
import {
  buildForgePayload,
  buildPayload,
  forgeEventName,
  type BuildInfo,
} from '../src/webhook/formats/index.js'

const SHA = 'c'.repeat(40)
const HEAD = 'd'.repeat(40)

const build = {
  provider: 'gitlab',
  buildId: 1001,
  buildNumber: 12,
  webUrl: 'https://gitlab.example.com/group/sub/project/-/pipelines/1001',
  workflow: 'Merge request pipeline',
  test: false,
} as BuildInfo

function facts(
  forge: 'github' | 'gitlab',
  change: ForgeChange | null = null,
  ref = 'refs/heads/main',
): CommitFacts {
  const repository =
    forge === 'github'
      ? forgeRepository('github', 'octo-org/app', 'https://github.com', 'https://api.github.com', {
          id: 700000001,
        })
      : forgeRepository(
          'gitlab',
          'group/sub/project',
          'https://gitlab.example.com',
          'https://gitlab.example.com/api/v4',
          { id: 4242, private: true, defaultBranch: 'main' },
        )
  return {
    repository,
    sha: change?.headSha ?? SHA,
    before: NO_COMMIT,
    ref,
    sender: { login: 'jdoe', id: 5, name: 'Jane Doe', email: null },
    commit: { message: 'Fix it\n\nbody', timestamp: '2026-11-29T14:00:00Z', author: null },
    change,
  }
}

const mergeRequest: ForgeChange = {
  number: 3,
  id: 99,
  title: 'Fix',
  action: 'update',
  sourceBranch: 'feature',
  targetBranch: 'main',
  headSha: HEAD,
  baseSha: null,
  webUrl: 'https://gitlab.example.com/group/sub/project/-/merge_requests/3',
}

describe('commit facts', () => {
  it('derive name, namespace, clone and SSH URLs from the path; the status link per forge', () => {
    const gl = facts('gitlab').repository
    assert.equal(gl.name, 'project')
    assert.equal(gl.namespace, 'group/sub')
    assert.equal(gl.webUrl, 'https://gitlab.example.com/group/sub/project')
    assert.equal(gl.cloneUrl, 'https://gitlab.example.com/group/sub/project.git')
    assert.equal(gl.sshUrl, 'git@gitlab.example.com:group/sub/project.git')
    assert.equal(
      statusesUrl(gl, SHA),
      `https://gitlab.example.com/api/v4/projects/4242/statuses/${SHA}`,
    )
    const gh = facts('github').repository
    assert.equal(statusesUrl(gh, SHA), `https://api.github.com/repos/octo-org/app/statuses/${SHA}`)
  })
})

describe('github format', () => {
  it('a GitLab merge request as a pull_request event: statuses_url on the GitLab API', () => {
    const f = facts('gitlab', mergeRequest)
    const body = buildForgePayload('github', build, f, {})
    assert.equal(forgeEventName('github', f, false), 'pull_request')
    assert.equal(get(body, 'action'), 'synchronize')
    assert.equal(get(body, 'number'), 3)
    assert.equal(get(body, 'pull_request.head.sha'), HEAD)
    assert.equal(
      get(body, 'pull_request.statuses_url'),
      `https://gitlab.example.com/api/v4/projects/4242/statuses/${HEAD}`,
    )
    assert.equal(
      get(body, 'pull_request.url'),
      'https://gitlab.example.com/api/v4/projects/4242/merge_requests/3',
    )
    assert.equal(get(body, 'repository.full_name'), 'group/sub/project')
    assert.equal(get(body, 'repository.private'), true)
  })

  it('a push: ref, before, after; a test delivery is a ping carrying "test": true', () => {
    const f = facts('gitlab')
    const body = buildForgePayload('github', { ...build, test: true }, f, { extra: 1 })
    assert.equal(get(body, 'after'), SHA)
    assert.equal(get(body, 'before'), NO_COMMIT)
    assert.equal(get(body, 'created'), true)
    assert.equal(
      get(body, 'head_commit.url'),
      `https://gitlab.example.com/group/sub/project/-/commit/${SHA}`,
    )
    assert.equal(get(body, 'test'), true)
    assert.equal(get(body, 'extra'), 1)
    assert.equal(forgeEventName('github', f, true), 'ping')
    assert.equal(forgeEventName('github', f, false), 'push')
  })
})

describe('gitlab format', () => {
  it('a merge request: last_commit is the head, project id and web_url build the status link', () => {
    const f = facts('gitlab', mergeRequest)
    const body = buildForgePayload('gitlab', build, f, {})
    assert.equal(forgeEventName('gitlab', f, false), 'Merge Request Hook')
    assert.equal(get(body, 'object_kind'), 'merge_request')
    assert.equal(get(body, 'object_attributes.iid'), 3)
    assert.equal(get(body, 'object_attributes.id'), 99)
    assert.equal(get(body, 'object_attributes.last_commit.id'), HEAD)
    assert.equal(get(body, 'object_attributes.last_commit.title'), 'Fix it')
    assert.equal(get(body, 'object_attributes.url'), mergeRequest.webUrl)
    assert.equal(get(body, 'project.id'), 4242)
    assert.equal(get(body, 'project.web_url'), 'https://gitlab.example.com/group/sub/project')
    assert.equal(get(body, 'project.visibility_level'), 0)
    assert.equal(get(body, 'user.username'), 'jdoe')
    assert.equal(get(body, 'user.name'), 'Jane Doe')
    assert.deepEqual(get(body, 'ci_relay'), {
      provider: 'gitlab',
      build_id: 1001,
      build_number: 12,
      web_url: 'https://gitlab.example.com/group/sub/project/-/pipelines/1001',
      workflow: 'Merge request pipeline',
    })
  })

  it('a tag is a Tag Push Hook; a branch a Push Hook with checkout_sha', () => {
    const tag = facts('gitlab', null, 'refs/tags/v1.2.0')
    assert.equal(forgeEventName('gitlab', tag, false), 'Tag Push Hook')
    assert.equal(get(buildForgePayload('gitlab', build, tag, {}), 'object_kind'), 'tag_push')
    const push = facts('github')
    const body = buildForgePayload('gitlab', build, push, {})
    assert.equal(forgeEventName('gitlab', push, false), 'Push Hook')
    assert.equal(get(body, 'checkout_sha'), SHA)
    assert.equal(get(body, 'project_id'), 700000001)
    assert.equal(get(body, 'project.path_with_namespace'), 'octo-org/app')
  })

  it('buildPayload is for the build formats only', () => {
    assert.throws(
      () => buildPayload('gitlab' as 'ci-relay', build),
      /a forge format: buildForgePayload/,
    )
  })
})

describe('GitLab commit facts (predefined variables)', () => {
  const factsOf = (env: Record<string, string>) => gitlabCommitFacts(readGitLabContext(env), env)
  const pipeline = {
    CI_SERVER_URL: 'https://gitlab.example.com',
    CI_API_V4_URL: 'https://gitlab.example.com/api/v4',
    CI_PROJECT_ID: '4242',
    CI_PROJECT_PATH: 'group/sub/project',
    CI_PROJECT_URL: 'https://gitlab.example.com/group/sub/project',
    CI_PROJECT_VISIBILITY: 'internal',
    CI_DEFAULT_BRANCH: 'main',
    CI_COMMIT_SHA: SHA,
    CI_COMMIT_BEFORE_SHA: 'e'.repeat(40),
    CI_COMMIT_BRANCH: 'main',
    CI_COMMIT_REF_NAME: 'main',
    CI_COMMIT_MESSAGE: 'Fix it\n\nbody',
    CI_COMMIT_TIMESTAMP: '2026-11-29T14:00:00+00:00',
    CI_COMMIT_AUTHOR: 'Jane Doe <jane@example.com>',
    GITLAB_USER_LOGIN: 'jdoe',
    GITLAB_USER_ID: '5',
    GITLAB_USER_NAME: 'Jane Doe',
    GITLAB_USER_EMAIL: 'jane@example.com',
  }

  it('a branch pipeline: CI_COMMIT_SHA on refs/heads, before, project, author', () => {
    const f = factsOf(pipeline)
    assert.equal(f.sha, SHA)
    assert.equal(f.ref, 'refs/heads/main')
    assert.equal(f.before, 'e'.repeat(40))
    assert.equal(f.repository.id, 4242)
    assert.equal(f.repository.private, true)
    assert.deepEqual(f.commit.author, { name: 'Jane Doe', email: 'jane@example.com' })
    assert.equal(f.change, null)
    const body = buildForgePayload('gitlab', build, f, {})
    assert.equal(get(body, 'checkout_sha'), SHA)
    assert.equal(get(body, 'user_email'), 'jane@example.com')
    const github = buildForgePayload('github', build, f, {})
    assert.equal(
      get(github, 'repository.statuses_url'),
      'https://gitlab.example.com/api/v4/projects/4242/statuses/{sha}',
    )
  })

  it('a tag pipeline is a Tag Push Hook on refs/tags', () => {
    const f = factsOf({ ...pipeline, CI_COMMIT_BRANCH: '', CI_COMMIT_TAG: 'v1.2.0' })
    assert.equal(f.ref, 'refs/tags/v1.2.0')
    assert.equal(forgeEventName('gitlab', f, false), 'Tag Push Hook')
  })

  it('a merged-results pipeline: the source branch head, never the internal merge commit', () => {
    const f = factsOf({
      ...pipeline,
      CI_COMMIT_BEFORE_SHA: '0'.repeat(40),
      CI_COMMIT_BRANCH: '',
      CI_COMMIT_REF_NAME: 'refs/merge-requests/3/merge',
      CI_MERGE_REQUEST_IID: '3',
      CI_MERGE_REQUEST_ID: '99',
      CI_MERGE_REQUEST_TITLE: 'Fix',
      CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature',
      CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
      CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: HEAD,
      CI_MERGE_REQUEST_TARGET_BRANCH_SHA: 'f'.repeat(40),
      CI_MERGE_REQUEST_EVENT_TYPE: 'merged_result',
      CI_MERGE_REQUEST_PROJECT_URL: 'https://gitlab.example.com/group/sub/project',
    })
    assert.equal(f.sha, HEAD)
    assert.equal(f.ref, 'refs/heads/feature')
    assert.equal(f.commit.message, null, "CI_COMMIT_MESSAGE is the merge commit's")
    const body = buildForgePayload('gitlab', build, f, {})
    assert.equal(get(body, 'object_attributes.last_commit.id'), HEAD)
    assert.equal(get(body, 'object_attributes.iid'), 3)
    assert.equal(get(body, 'object_attributes.url'), mergeRequest.webUrl)
    const github = buildForgePayload('github', build, f, {})
    assert.equal(get(github, 'pull_request.base.sha'), 'f'.repeat(40))
    assert.equal(
      get(github, 'pull_request.statuses_url'),
      `https://gitlab.example.com/api/v4/projects/4242/statuses/${HEAD}`,
    )
    assert.ok(!JSON.stringify(body).includes(SHA), 'the merge commit appears nowhere')
  })
})
