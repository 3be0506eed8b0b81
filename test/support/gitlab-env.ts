// A GitLab job's predefined variables: a merge request pipeline with merged results, as GitLab
// sets them (CI_COMMIT_SHA is the internal merge commit there, the MR head is the source sha).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export const MR_SOURCE_SHA = '1111111111111111111111111111111111111111'
export const MERGE_COMMIT_SHA = '2222222222222222222222222222222222222222'

export function gitlabEnv(
  apiUrl = 'https://gitlab.example/api/v4',
  overrides: Record<string, string> = {},
): Record<string, string> {
  const server = 'https://gitlab.example'
  return {
    CI: 'true',
    GITLAB_CI: 'true',
    CI_SERVER_URL: server,
    CI_API_V4_URL: apiUrl,
    CI_PROJECT_ID: '42',
    CI_PROJECT_PATH: 'group/sub/app',
    CI_PROJECT_URL: `${server}/group/sub/app`,
    // A real directory: the undelivered file of a failed notify lands there, as in a GitLab job.
    CI_PROJECT_DIR: mkdtempSync(join(tmpdir(), 'ci-relay-project-')),
    CI_PIPELINE_ID: '9001',
    CI_PIPELINE_IID: '17',
    CI_PIPELINE_URL: `${server}/group/sub/app/-/pipelines/9001`,
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_JOB_NAME: 'ci-relay-notify',
    CI_JOB_ID: '555',
    CI_JOB_URL: `${server}/group/sub/app/-/jobs/555`,
    CI_JOB_TOKEN: 'glcbt-job-token-value',
    CI_COMMIT_SHA: MERGE_COMMIT_SHA,
    CI_COMMIT_REF_NAME: 'feature/widget',
    CI_MERGE_REQUEST_IID: '3',
    CI_MERGE_REQUEST_TITLE: 'Add the widget',
    CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/widget',
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_MERGE_REQUEST_SOURCE_BRANCH_SHA: MR_SOURCE_SHA,
    CI_MERGE_REQUEST_EVENT_TYPE: 'merged_result',
    CI_MERGE_REQUEST_PROJECT_URL: `${server}/group/sub/app`,
    GITLAB_USER_LOGIN: 'alice',
    ...overrides,
  }
}
