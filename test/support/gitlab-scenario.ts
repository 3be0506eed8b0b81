// Shared set-up for GitLab scenarios: the stand-in with one project in a merge request pipeline
// with merged results, and a GitLab job's environment pointed at it.
import { after } from 'node:test'
import { startFakeGitLab, type FakeGitLab, type GitLabJobFixture } from './gitlab-api.js'
import { gitlabEnv, MERGE_COMMIT_SHA, MR_SOURCE_SHA } from './gitlab-env.js'

export { MERGE_COMMIT_SHA, MR_SOURCE_SHA }
export const PROJECT_ID = 42
export const PIPELINE_ID = 9001
/** A project access token with the api scope. */
export const GITLAB_TOKEN = 'glpat-project-token-0123456789'
export const READ_TOKEN = 'glpat-read-only-token-0123456'
export const JOB_TOKEN = 'glcbt-64_job-token-abcdef0123456789'

/** The pipeline's jobs: two passed, one allowed to fail, one retried, the notifier running. */
export function pipelineJobs(overrides: Partial<Record<string, string>> = {}): GitLabJobFixture[] {
  const done = (
    id: number,
    name: string,
    status: string,
    extra: Partial<GitLabJobFixture> = {},
  ) => ({
    id,
    name,
    status: overrides[name] ?? status,
    started_at: `2026-01-01T10:0${id % 10}:00.000Z`,
    finished_at: `2026-01-01T10:1${id % 10}:00.000Z`,
    runner: 'shared-runner-1',
    ...extra,
  })
  return [
    done(501, 'build', 'success', { stage: 'build' }),
    done(502, 'test', 'failed', { retried: true }),
    done(503, 'test', 'success'),
    done(504, 'lint', 'failed', { allow_failure: true }),
    {
      id: 555,
      name: 'ci-relay-notify',
      status: 'running',
      stage: '.post',
      started_at: '2026-01-01T10:20:00.000Z',
    },
  ]
}

export async function startGitLab(jobs: GitLabJobFixture[] = pipelineJobs()): Promise<FakeGitLab> {
  const fake = await startFakeGitLab({
    tokens: [
      { value: GITLAB_TOKEN, scopes: ['api'], projects: [PROJECT_ID], name: 'project_42_bot' },
      { value: READ_TOKEN, scopes: ['read_api'], projects: [PROJECT_ID], name: 'reader' },
      { value: JOB_TOKEN, scopes: ['api'], projects: [PROJECT_ID], job: true },
    ],
    projects: [
      {
        id: PROJECT_ID,
        path: 'group/sub/app',
        branches: {
          main: ['3333333333333333333333333333333333333333'],
          'feature/widget': [MR_SOURCE_SHA],
        },
        commits: [MERGE_COMMIT_SHA],
        pipelines: [
          {
            id: PIPELINE_ID,
            iid: 17,
            sha: MERGE_COMMIT_SHA,
            ref: 'refs/merge-requests/3/merge',
            jobs,
          },
        ],
      },
    ],
  })
  after(() => fake.close())
  return fake
}

/** A GitLab job's environment (merged-results MR pipeline) on the stand-in. */
export function gitlabJobEnv(
  fake: FakeGitLab,
  overrides: Record<string, string> = {},
): Record<string, string> {
  return {
    ...gitlabEnv(fake.url, {
      CI_SERVER_URL: fake.serverUrl,
      CI_PROJECT_URL: `${fake.serverUrl}/group/sub/app`,
      CI_MERGE_REQUEST_PROJECT_URL: `${fake.serverUrl}/group/sub/app`,
      CI_PIPELINE_URL: `${fake.serverUrl}/group/sub/app/-/pipelines/${PIPELINE_ID}`,
      CI_JOB_URL: `${fake.serverUrl}/group/sub/app/-/jobs/555`,
      CI_JOB_TOKEN: JOB_TOKEN,
    }),
    ...overrides,
  }
}
