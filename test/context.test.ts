// One RunContext, read per platform; empty anywhere else.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { readContext } from '../src/context.js'
import { gitlabEnv, MERGE_COMMIT_SHA } from './support/gitlab-env.js'

const strip = (context: ReturnType<typeof readContext>) => {
  const { pullRequest, github, ...rest } = context
  return { ...rest, pullRequest: pullRequest(), githubApi: github?.apiUrl }
}

describe('RunContext', () => {
  it("GitLab: from GitLab's predefined variables, the CI server apart from any GitHub API", () => {
    const env = gitlabEnv()
    const context = readContext(env)
    assert.deepEqual(strip(context), {
      provider: 'gitlab',
      serverUrl: 'https://gitlab.example',
      repository: 'group/sub/app',
      owner: 'group/sub',
      sha: MERGE_COMMIT_SHA,
      ref: 'feature/widget',
      run: {
        id: '9001',
        number: 17,
        url: 'https://gitlab.example/group/sub/app/-/pipelines/9001',
        attempt: 1,
        workflow: undefined,
        event: 'merge_request_event',
      },
      job: {
        name: 'ci-relay-notify',
        id: '555',
        url: 'https://gitlab.example/group/sub/app/-/jobs/555',
      },
      actor: 'alice',
      pullRequest: undefined,
      mergeRequest: {
        iid: 3,
        title: 'Add the widget',
        sourceBranch: 'feature/widget',
        targetBranch: 'main',
        webUrl: 'https://gitlab.example/group/sub/app/-/merge_requests/3',
      },
      gitlab: {
        projectId: '42',
        apiUrl: 'https://gitlab.example/api/v4',
        pipelineSource: 'merge_request_event',
        jobStatus: undefined,
        mergeRequestSourceSha: '1111111111111111111111111111111111111111',
        mergeRequestEventType: 'merged_result',
        projectDir: env.CI_PROJECT_DIR,
      },
      githubApi: undefined,
    })
  })

  it('GitLab: no merge request outside merge request pipelines', () => {
    const env = gitlabEnv(undefined, { CI_PIPELINE_SOURCE: 'push' })
    delete env.CI_MERGE_REQUEST_IID
    assert.equal(readContext(env).mergeRequest, undefined)
  })

  it('GitHub: from GITHUB_* when GITHUB_ACTIONS is true', () => {
    const context = readContext({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo-org/app',
      GITHUB_RUN_ID: '5',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_JOB: 'build',
      GITHUB_WORKFLOW: 'CI',
      GITHUB_SERVER_URL: 'https://ghe.example/',
      GITHUB_API_URL: 'https://ghe.example/api/v3',
      RUNNER_NAME: 'r1',
    })
    assert.equal(context.provider, 'github')
    assert.equal(context.owner, 'octo-org')
    assert.equal(context.run.url, 'https://ghe.example/octo-org/app/actions/runs/5/attempts/2')
    assert.deepEqual(context.job, { name: 'build', runner: 'r1' })
    assert.equal(context.github?.apiUrl, 'https://ghe.example/api/v3')
    assert.equal(context.gitlab, undefined)
  })

  it('GitHub: the runner variables handed on without GITHUB_ACTIONS (repository and run id)', () => {
    const context = readContext({ GITHUB_REPOSITORY: 'octo-org/app', GITHUB_RUN_ID: '5' })
    assert.equal(context.provider, 'github')
    assert.equal(context.run.id, '5')
  })

  it('anywhere else: empty, even with stray GITHUB_* variables', () => {
    const context = readContext({ GITHUB_REPOSITORY: 'octo-org/app', GITHUB_SHA: 'abc' })
    assert.equal(context.provider, undefined)
    assert.equal(context.repository, undefined)
    assert.equal(context.serverUrl, undefined, 'no github.com guessed for a server')
    assert.equal(context.sha, undefined)
  })
})
