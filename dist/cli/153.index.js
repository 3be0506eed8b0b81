export const id = 153;
export const ids = [153];
export const modules = {

/***/ 153:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command),
  parseNotifyInputs: () => (/* binding */ parseNotifyInputs)
});

;// CONCATENATED MODULE: ./build/build.js
// The neutral build model: what a finished build is, whichever platform ran it. The GitHub and
// GitLab platform modules fill it, the payload formats (webhook/formats/) read it, and commands
// pass it along; it lives outside all of them so each may import it.
/**
 * `status: auto`: failure when a job failed (unless it was allowed to), else cancelled when one
 * was, else success.
 */
function autoBuildStatus(runs) {
    if (runs.some((run) => run.status === 'failure' && !run.allowFailure))
        return 'failure';
    if (runs.some((run) => run.status === 'cancelled'))
        return 'cancelled';
    return 'success';
}
/** An ISO 8601 time to the second, as GitHub and GitLab write them. */
function isoSeconds(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** The earliest start among the runs (the build's own start is not in either environment). */
function earliestStart(runs) {
    return runs
        .map((r) => r.started)
        .filter((t) => typeof t === 'string' && !Number.isNaN(Date.parse(t)))
        .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/explicit-build.js
// A build described by notify's explicit inputs (repository, sha, ref, build-url, status): any CI
// that is neither GitHub Actions nor GitLab CI (Jenkins, Buildkite, a laptop). There is no run to
// list jobs of, so runs[] is empty and the status must be given; what the inputs do not say is
// left empty (0 for the ids) rather than guessed.


/** The facts the inputs give win over the ones the run's context gave. */
function withExplicitFacts(build, facts) {
    return {
        ...build,
        ...(facts.repository ? { repository: facts.repository } : {}),
        ...(facts.sha ? { sha: facts.sha } : {}),
        ...(facts.ref ? { ref: facts.ref } : {}),
        ...(facts.webUrl ? { webUrl: facts.webUrl } : {}),
    };
}
/** The build outside a known CI: provider `other`, described by the inputs alone. */
function explicitBuildSource(facts) {
    const noJobs = 'There is no GitHub Actions run or GitLab pipeline here, so there are no jobs to list.';
    return {
        provider: 'other',
        jobsHint: 'Pass status (success, failure or cancelled).',
        listJobs: () => Promise.reject(new errors/* RelayError */.cx(noJobs)),
        currentJob: () => ({ name: 'job', status: 'in_progress', webUrl: facts.webUrl ?? '' }),
        describe(buildFacts) {
            const completed = isoSeconds(buildFacts.now);
            return {
                provider: 'other',
                buildId: 0,
                buildNumber: 0,
                status: buildFacts.status,
                repository: facts.repository,
                sha: facts.sha,
                ref: facts.ref ?? '',
                webUrl: facts.webUrl ?? '',
                workflow: '',
                event: '',
                actor: '',
                created: completed,
                completed,
                runs: [],
                test: buildFacts.test,
            };
        },
    };
}

// EXTERNAL MODULE: ./build/commands/types.js
var types = __webpack_require__(6910);
// EXTERNAL MODULE: ./build/github/outcomes.js
var outcomes = __webpack_require__(645);
;// CONCATENATED MODULE: ./build/github/build-info.js


/**
 * The run this step belongs to, or a sentence saying which variables are missing (the runner
 * always sets them; a laptop does not).
 */
function githubRunOf(context) {
    const missing = [
        ['GITHUB_REPOSITORY', context.repository],
        ['GITHUB_RUN_ID', context.run.id],
        ['GITHUB_SHA', context.sha],
    ]
        .filter(([, value]) => !value)
        .map(([name]) => name);
    const runId = Number(context.run.id);
    if (!missing.length && !Number.isSafeInteger(runId))
        missing.push('GITHUB_RUN_ID (a number)');
    if (missing.length)
        return `${missing.join(', ')} must be set`;
    return { repository: context.repository, runId, sha: context.sha };
}
/** A finished job's outcome, or where an unfinished job is, as a run status. */
function runStatusOf(job) {
    if (job.status !== 'completed')
        return job.status === 'in_progress' ? 'in_progress' : 'queued';
    return job.conclusion ? (0,outcomes/* outcomeOfConclusion */.Vk)(job.conclusion) : 'skipped';
}
/** The API's jobs as build runs. */
function runsOfJobs(jobs, apiUrl, repository) {
    return jobs.map((job) => {
        const jobApiUrl = `${apiUrl}/repos/${repository}/actions/jobs/${job.id}`;
        return {
            name: job.name,
            status: runStatusOf(job),
            webUrl: job.html_url ?? jobApiUrl,
            logUrl: `${jobApiUrl}/logs`,
            apiUrl: jobApiUrl,
            started: job.status === 'queued' ? null : (job.started_at ?? null),
            completed: job.completed_at,
            runner: job.runner_name,
        };
    });
}
/** This job alone, when the jobs of the run cannot be listed. */
function currentJobRun(context, webUrl) {
    return {
        name: context.job.name ?? 'job',
        status: 'in_progress',
        webUrl,
        started: null,
        completed: null,
        runner: context.job.runner ?? null,
    };
}
/**
 * The neutral build description of this GitHub Actions run. `created` is the earliest start
 * among the listed jobs (the run's own start is not in the environment), else now.
 */
/** `apiUrl` is the GitHub API the jobs were read from. */
function githubBuildInfo(context, run, facts, apiUrl) {
    const completed = isoSeconds(facts.now);
    const { attempt: n } = context.run;
    const attempt = n > 1 ? `/attempts/${n}` : '';
    const workflowFile = context.github?.workflowRef?.match(/^[^/]+\/[^/]+\/(.+?)@/)?.[1];
    return {
        provider: 'github',
        buildId: run.runId,
        buildNumber: context.run.number ?? 0,
        status: facts.status,
        repository: run.repository,
        sha: run.sha,
        ref: context.ref ?? '',
        webUrl: runWebUrl(context, run),
        apiUrl: `${apiUrl}/repos/${run.repository}/actions/runs/${run.runId}${attempt}`,
        workflow: context.run.workflow ?? '',
        workflowId: workflowFile ?? null,
        event: context.run.event ?? '',
        actor: context.actor ?? '',
        pullRequest: context.pullRequest() ?? null,
        created: earliestStart(facts.runs) ?? completed,
        completed,
        runs: facts.runs,
        test: facts.test,
    };
}
function runWebUrl(context, run) {
    return (context.run.url ??
        `${context.serverUrl ?? 'https://github.com'}/${run.repository}/actions/runs/${run.runId}`);
}

// EXTERNAL MODULE: ./build/github/jobs.js
var github_jobs = __webpack_require__(8852);
;// CONCATENATED MODULE: ./build/github/build-source.js




/** Throws, saying which variables are missing, when this is not a GitHub Actions run. */
function githubBuildSource(context) {
    const run = githubRunOf(context);
    if (typeof run === 'string') {
        throw new errors/* RelayError */.cx(`notify describes the CI run it runs in (a GitHub Actions run or a GitLab pipeline), and ${run} (the runner sets them).`);
    }
    const apiUrlOf = (deps) => deps.github?.inputs.apiUrl ?? context.github?.apiUrl ?? 'https://api.github.com';
    return {
        provider: 'github',
        jobsHint: 'Grant actions: read, or pass status: ${{ job.status }}.',
        async listJobs(deps) {
            const jobs = await (0,github_jobs/* listAttemptJobs */.C7)((0,types/* requireGitHub */.x)(deps), context);
            const runs = runsOfJobs(jobs, apiUrlOf(deps), run.repository);
            // This job's own steps so far count too: a step before notify may have failed.
            let own;
            try {
                own = (0,github_jobs/* jobOutcome */.Yr)((0,github_jobs/* findCurrentJob */.G5)(jobs, context).job).outcome;
            }
            catch (error) {
                deps.log.info(`${error.message} Its own steps are not counted.`);
            }
            return { runs, own, listed: jobs.length };
        },
        currentJob: () => currentJobRun(context, runWebUrl(context, run)),
        describe: (facts, deps) => githubBuildInfo(context, run, facts, apiUrlOf(deps)),
    };
}

;// CONCATENATED MODULE: ./build/commit-facts.js
// What a forge's own push / pull-request / merge-request event says about a commit beyond the
// neutral build model: where the commit lives (its repository or project on GitHub or GitLab),
// who pushed it, the commit before it, and the pull or merge request. The `github` and `gitlab`
// payload formats are built from these facts; each platform's context fills them with what it
// knows, and either format can be built from either platform's facts.
/** What git writes for "no commit": a ref's `before` when the ref was just created. */
const NO_COMMIT = '0'.repeat(40);
/**
 * Where a commit status for `sha` is posted, on the forge the repository lives on. `sha` may be
 * the `{sha}` placeholder GitHub writes in `repository.statuses_url`.
 */
function statusesUrl(repository, sha) {
    return repository.forge === 'github'
        ? `${repository.apiUrl}/repos/${repository.path}/statuses/${sha}`
        : `${repository.apiUrl}/projects/${repository.id ?? encodeURIComponent(repository.path)}/statuses/${sha}`;
}
/** The API URL of the repository itself. */
function repositoryApiUrl(repository) {
    return repository.forge === 'github'
        ? `${repository.apiUrl}/repos/${repository.path}`
        : `${repository.apiUrl}/projects/${repository.id ?? encodeURIComponent(repository.path)}`;
}
/** The API URL of the pull / merge request. */
function changeApiUrl(repository, change) {
    return repository.forge === 'github'
        ? `${repositoryApiUrl(repository)}/pulls/${change.number}`
        : `${repositoryApiUrl(repository)}/merge_requests/${change.number}`;
}
/** The page of one commit. */
function commitWebUrl(repository, sha) {
    return repository.forge === 'github'
        ? `${repository.webUrl}/commit/${sha}`
        : `${repository.webUrl}/-/commit/${sha}`;
}
/**
 * The repository facts every forge derives the same way from its path, web root and API root:
 * name and namespace split off the path, clone URLs from the web URL.
 */
function forgeRepository(forge, path, serverUrl, apiUrl, known = {}) {
    const slash = path.lastIndexOf('/');
    const webUrl = (known.webUrl ?? `${serverUrl.replace(/\/+$/, '')}/${path}`).replace(/\/+$/, '');
    let host = '';
    try {
        host = new URL(webUrl).hostname;
    }
    catch {
        // A web URL that is not a URL leaves the SSH URL without a host.
    }
    return {
        forge,
        id: known.id ?? null,
        path,
        name: path.slice(slash + 1),
        namespace: slash > 0 ? path.slice(0, slash) : '',
        webUrl,
        cloneUrl: `${webUrl}.git`,
        sshUrl: `git@${host}:${path}.git`,
        apiUrl: apiUrl.replace(/\/+$/, ''),
        defaultBranch: known.defaultBranch ?? null,
        private: known.private ?? null,
    };
}

;// CONCATENATED MODULE: ./build/github/commit-facts.js



const object = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const commit_facts_text = (value) => (typeof value === 'string' ? value : null);
const whole = (value) => typeof value === 'number' && Number.isSafeInteger(value) ? value : null;
const SHA = /^[0-9a-f]{40}$/;
/** GitHub's pull_request actions onto the neutral (GitLab) spelling. */
function changeAction(action, merged) {
    switch (action) {
        case 'opened':
            return 'open';
        case 'reopened':
            return 'reopen';
        case 'closed':
            return merged ? 'merge' : 'close';
        default:
            return 'update';
    }
}
function pullRequestOf(event) {
    const pr = object(event.pull_request);
    const number = whole(pr.number);
    const head = object(pr.head);
    const base = object(pr.base);
    const headSha = commit_facts_text(head.sha);
    if (number === null || !headSha)
        return null;
    return {
        number,
        id: whole(pr.id),
        title: commit_facts_text(pr.title) ?? '',
        action: changeAction(commit_facts_text(event.action), pr.merged === true),
        sourceBranch: commit_facts_text(head.ref) ?? '',
        targetBranch: commit_facts_text(base.ref) ?? '',
        headSha,
        baseSha: commit_facts_text(base.sha),
        webUrl: commit_facts_text(pr.html_url) ?? '',
    };
}
/**
 * The facts of this run's commit. On a pull request event the commit is the pull request's head
 * (GITHUB_SHA is a merge commit there) and the ref its branch; otherwise GITHUB_SHA and
 * GITHUB_REF. What the event does not carry is derived from the variables (web and clone URLs
 * from GITHUB_SERVER_URL, the API from GITHUB_API_URL) or left null.
 */
function githubCommitFacts(context) {
    const run = githubRunOf(context);
    if (typeof run === 'string') {
        throw new errors/* RelayError */.cx(`The github and gitlab formats describe this run's commit, and ${run}.`);
    }
    const event = context.github?.event() ?? {};
    const repo = object(event.repository);
    const serverUrl = context.serverUrl ?? 'https://github.com';
    const apiUrl = context.github?.apiUrl ?? 'https://api.github.com';
    const repository = forgeRepository('github', run.repository, serverUrl, apiUrl, {
        id: whole(repo.id),
        defaultBranch: commit_facts_text(repo.default_branch),
        private: typeof repo.private === 'boolean' ? repo.private : null,
    });
    const change = pullRequestOf(event);
    const sender = object(event.sender);
    const pusher = object(event.pusher);
    const head = object(event.head_commit);
    const author = object(head.author);
    const before = commit_facts_text(event.before);
    return {
        repository,
        sha: change?.headSha ?? run.sha,
        before: !change && before && SHA.test(before) ? before : NO_COMMIT,
        ref: change ? `refs/heads/${change.sourceBranch}` : (context.ref ?? ''),
        sender: {
            login: commit_facts_text(sender.login) ?? context.actor ?? '',
            id: whole(sender.id),
            name: commit_facts_text(pusher.name),
            email: commit_facts_text(pusher.email),
        },
        commit: {
            message: commit_facts_text(head.message),
            timestamp: commit_facts_text(head.timestamp),
            author: commit_facts_text(author.name) !== null
                ? { name: commit_facts_text(author.name), email: commit_facts_text(author.email) ?? '' }
                : null,
        },
        change,
    };
}

// EXTERNAL MODULE: ./build/gitlab/access.js
var access = __webpack_require__(5390);
// EXTERNAL MODULE: ./build/gitlab/client.js
var gitlab_client = __webpack_require__(6807);
;// CONCATENATED MODULE: ./build/gitlab/outcomes.js
/** Every job status GitLab documents (Ci::HasStatus: the API's `status` and `scope` values). */
const GITLAB_JOB_STATUSES = (/* unused pure expression or super */ null && ([
    'created',
    'waiting_for_resource',
    'preparing',
    'waiting_for_callback',
    'pending',
    'running',
    'success',
    'failed',
    'canceling',
    'canceled',
    'skipped',
    'manual',
    'scheduled',
]));
/**
 * Not started yet (waiting for a runner, a resource, a schedule, a callback) is `queued`;
 * `canceling` is already cancelled for the build; a `manual` job no one played did not run.
 */
const RUN_STATUS_OF_JOB = {
    created: 'queued',
    waiting_for_resource: 'queued',
    preparing: 'queued',
    waiting_for_callback: 'queued',
    pending: 'queued',
    scheduled: 'queued',
    running: 'in_progress',
    success: 'success',
    failed: 'failure',
    canceling: 'cancelled',
    canceled: 'cancelled',
    skipped: 'skipped',
    manual: 'skipped',
};
/** A job status's run status; one GitLab has not documented yet is not taken for a success. */
function runStatusOfJob(status) {
    return RUN_STATUS_OF_JOB[status] ?? 'failure';
}

;// CONCATENATED MODULE: ./build/gitlab/jobs.js


async function listPipelineJobs(client, project, pipelineId) {
    const jobs = await client.paginate({ path: `${(0,gitlab_client/* projectPath */.DZ)(project)}/pipelines/${encodeURIComponent(pipelineId)}/jobs` }, `Listing the jobs of pipeline ${pipelineId} of ${project}`);
    return jobs.filter((job) => job.retried !== true);
}
/** The pipeline's jobs as build runs. */
function runsOfPipelineJobs(jobs, apiUrl, project) {
    return jobs.map((job) => {
        const jobApiUrl = `${apiUrl}${(0,gitlab_client/* projectPath */.DZ)(project)}/jobs/${job.id}`;
        return {
            name: job.name,
            status: runStatusOfJob(job.status),
            webUrl: job.web_url,
            logUrl: `${jobApiUrl}/trace`,
            apiUrl: jobApiUrl,
            started: job.started_at ?? null,
            completed: job.finished_at ?? null,
            runner: job.runner?.description ?? null,
            ...(job.allow_failure && { allowFailure: true }),
        };
    });
}

;// CONCATENATED MODULE: ./build/gitlab/build-source.js
// The pipeline a GitLab job belongs to, behind the BuildSource port: its jobs through the API
// (with gitlab-token), and the pipeline described as a neutral BuildInfo.





/** Throws, saying which variables are missing, when this is not a GitLab pipeline job. */
function gitlabBuildSource(context, inputs) {
    const project = context.gitlab?.projectId ?? context.repository;
    const pipelineId = context.run.id;
    const sha = context.gitlab?.mergeRequestSourceSha || context.sha;
    const missing = [
        ['CI_PROJECT_ID', project],
        ['CI_PIPELINE_ID', pipelineId],
        ['CI_COMMIT_SHA', sha],
    ].filter(([, value]) => !value);
    if (missing.length || !project || !pipelineId || !sha) {
        throw new errors/* RelayError */.cx(`notify describes the pipeline it runs in, and ${missing.map(([name]) => name).join(', ')} must be set (GitLab sets them in every job).`);
    }
    const { token } = inputs;
    return {
        provider: 'gitlab',
        jobsHint: "Set gitlab-token (CI_RELAY_GITLAB_TOKEN: a project or group access token with read_api), or pass status (the component's .post jobs pass success or failed).",
        async listJobs(deps) {
            if (!token) {
                throw new errors/* RelayError */.cx("gitlab-token is not set, so the pipeline's jobs cannot be listed (CI_JOB_TOKEN cannot list them; set CI_RELAY_GITLAB_TOKEN to a token with read_api).");
            }
            const jobs = await listPipelineJobs((0,access/* gitlabClient */.DT)(inputs, token, deps.log), project, pipelineId);
            return { runs: runsOfPipelineJobs(jobs, inputs.apiUrl, project), listed: jobs.length };
        },
        currentJob: () => ({
            name: context.job.name ?? 'job',
            status: 'in_progress',
            webUrl: context.job.url ?? context.run.url ?? '',
            apiUrl: context.job.id
                ? `${inputs.apiUrl}${(0,gitlab_client/* projectPath */.DZ)(project)}/jobs/${context.job.id}`
                : null,
            started: null,
            completed: null,
            runner: null,
        }),
        describe(facts) {
            const completed = isoSeconds(facts.now);
            return {
                provider: 'gitlab',
                buildId: Number(pipelineId),
                buildNumber: context.run.number ?? 0,
                status: facts.status,
                repository: context.repository ?? project,
                sha,
                ref: context.ref ?? '',
                webUrl: context.run.url ?? '',
                apiUrl: `${inputs.apiUrl}${(0,gitlab_client/* projectPath */.DZ)(project)}/pipelines/${pipelineId}`,
                workflow: context.run.workflow ?? '',
                workflowId: null,
                event: context.run.event ?? '',
                actor: context.actor ?? '',
                mergeRequest: context.mergeRequest ?? null,
                created: earliestStart(facts.runs) ?? completed,
                completed,
                runs: facts.runs,
                test: facts.test,
            };
        },
    };
}

;// CONCATENATED MODULE: ./build/gitlab/commit-facts.js


const commit_facts_SHA = /^[0-9a-f]{40}$/;
function positive(value) {
    const n = Number(value);
    return value && Number.isSafeInteger(n) && n > 0 ? n : null;
}
/** `Name <email>` (CI_COMMIT_AUTHOR). */
function author(value) {
    const match = /^(.*?)\s*<([^>]*)>$/.exec(value ?? '');
    return match ? { name: match[1], email: match[2] } : null;
}
function mergeRequestOf(context, env, commitSha) {
    const mr = context.mergeRequest;
    if (!mr)
        return null;
    const base = env.CI_MERGE_REQUEST_TARGET_BRANCH_SHA || env.CI_MERGE_REQUEST_DIFF_BASE_SHA;
    return {
        number: mr.iid,
        id: positive(env.CI_MERGE_REQUEST_ID),
        title: mr.title,
        // A merge request pipeline runs because the merge request was opened or its branch updated;
        // the variables do not say which.
        action: 'update',
        sourceBranch: mr.sourceBranch,
        targetBranch: mr.targetBranch,
        headSha: context.gitlab?.mergeRequestSourceSha || commitSha,
        baseSha: base && commit_facts_SHA.test(base) ? base : null,
        webUrl: mr.webUrl,
    };
}
/**
 * The facts of this pipeline's commit. In a merge request pipeline the commit is the merge
 * request's head (CI_MERGE_REQUEST_SOURCE_BRANCH_SHA in merged-results and merge-train
 * pipelines, where CI_COMMIT_SHA is an internal merge commit) and the ref its source branch;
 * otherwise CI_COMMIT_SHA on refs/heads/<branch> or refs/tags/<tag>.
 */
function gitlabCommitFacts(context, env) {
    const missing = [
        ['CI_PROJECT_PATH', context.repository],
        ['CI_PROJECT_ID', context.gitlab?.projectId],
        ['CI_COMMIT_SHA', context.sha],
    ]
        .filter(([, value]) => !value)
        .map(([name]) => name);
    if (missing.length) {
        throw new errors/* RelayError */.cx(`The github and gitlab formats describe this pipeline's commit, and ${missing.join(', ')} must be set (GitLab sets them).`);
    }
    const serverUrl = context.serverUrl ?? 'https://gitlab.com';
    const repository = forgeRepository('gitlab', context.repository, serverUrl, context.gitlab?.apiUrl ?? `${serverUrl}/api/v4`, {
        id: positive(context.gitlab?.projectId),
        webUrl: env.CI_PROJECT_URL || undefined,
        defaultBranch: env.CI_DEFAULT_BRANCH || null,
        private: env.CI_PROJECT_VISIBILITY ? env.CI_PROJECT_VISIBILITY !== 'public' : null,
    });
    const commitSha = context.sha;
    const change = mergeRequestOf(context, env, commitSha);
    const sha = change?.headSha ?? commitSha;
    const before = env.CI_COMMIT_BEFORE_SHA;
    const ref = change
        ? `refs/heads/${change.sourceBranch}`
        : env.CI_COMMIT_TAG
            ? `refs/tags/${env.CI_COMMIT_TAG}`
            : `refs/heads/${env.CI_COMMIT_BRANCH || env.CI_COMMIT_REF_NAME || ''}`;
    // The CI_COMMIT_* details describe CI_COMMIT_SHA: not the merge request's head when GitLab
    // built a merge commit.
    const same = sha === commitSha;
    return {
        repository,
        sha,
        before: !change && before && commit_facts_SHA.test(before) ? before : NO_COMMIT,
        ref,
        sender: {
            login: context.actor ?? '',
            id: positive(env.GITLAB_USER_ID),
            name: env.GITLAB_USER_NAME || null,
            email: env.GITLAB_USER_EMAIL || null,
        },
        commit: {
            message: same ? env.CI_COMMIT_MESSAGE || null : null,
            timestamp: same ? env.CI_COMMIT_TIMESTAMP || null : null,
            author: same ? author(env.CI_COMMIT_AUTHOR) : null,
        },
        change,
    };
}

;// CONCATENATED MODULE: ./build/platforms.js





/** The build this job belongs to; throws saying what is missing outside a CI run. */
function buildSourceOf(context, reader) {
    if (context.provider === 'gitlab')
        return gitlabBuildSource(context, (0,access/* readGitLabInputs */.r_)(reader));
    // Outside both platforms this names the GitHub variables that are missing.
    return githubBuildSource(context);
}
/** The CI platform's OIDC identity token for `audience`. */
async function identityToken(context, env, audience, log) {
    if (context.provider === 'gitlab') {
        const { gitlabIdToken } = await __webpack_require__.e(/* import() */ 533).then(__webpack_require__.bind(__webpack_require__, 6533));
        return gitlabIdToken(env, audience, log);
    }
    const { requestIdToken } = await __webpack_require__.e(/* import() */ 381).then(__webpack_require__.bind(__webpack_require__, 6381));
    return requestIdToken(env, audience, log);
}
/** The commit this job was started for, as its forge's own events describe it. */
function commitFactsOf(context, env) {
    switch (context.provider) {
        case 'gitlab':
            return gitlabCommitFacts(context, env);
        default:
            // Outside both platforms this names the GitHub variables that are missing.
            return githubCommitFacts(context);
    }
}

;// CONCATENATED MODULE: ./build/webhook/formats/ci-relay.js
/** `ping` for a test delivery, else `build.completed`; also the default X-GitHub-Event. */
function payloadType(build) {
    return build.test ? 'ping' : 'build.completed';
}
/**
 * The `ci-relay` payload. `extra` (the `payload` input) is merged at the top level after the
 * built fields, so its keys win: the user asked for them.
 */
function buildCiRelayPayload(build, extra = {}) {
    const pr = build.pullRequest;
    const mr = build.mergeRequest;
    const payload = {
        type: payloadType(build),
        provider: build.provider,
        build_id: build.buildId,
        build_number: build.buildNumber,
        status: build.status,
        repository: build.repository,
        sha: build.sha,
        ref: build.ref,
        web_url: build.webUrl,
        workflow: build.workflow,
        event: build.event,
        actor: build.actor,
        ...(pr && {
            pull_request: {
                number: pr.number,
                title: pr.title,
                source_branch: pr.sourceBranch,
                target_branch: pr.targetBranch,
                web_url: pr.webUrl,
            },
        }),
        ...(mr && {
            merge_request: {
                iid: mr.iid,
                title: mr.title,
                source_branch: mr.sourceBranch,
                target_branch: mr.targetBranch,
                web_url: mr.webUrl,
            },
        }),
        created: build.created,
        completed: build.completed,
        runs: build.runs.map((run) => ({
            name: run.name,
            status: run.status,
            web_url: run.webUrl,
            log_url: run.logUrl ?? null,
            started: run.started ?? null,
            completed: run.completed ?? null,
            runner: run.runner ?? null,
        })),
        test: build.test === true,
    };
    return { ...payload, ...extra };
}

;// CONCATENATED MODULE: ./build/webhook/formats/build-reference.js
/**
 * The `ci_relay` key of the github and gitlab formats: which build (run or pipeline, and its
 * attempt through the web URL) sent the event. Beyond linking back, it keeps the bodies of two
 * builds of one commit apart: AWX's GitLab endpoint takes the SHA-1 of the body as the delivery
 * id, so without it a re-run would be answered "previously received" and launch nothing.
 */
function buildReference(build) {
    return {
        provider: build.provider,
        build_id: build.buildId,
        build_number: build.buildNumber,
        web_url: build.webUrl,
        workflow: build.workflow,
    };
}

;// CONCATENATED MODULE: ./build/webhook/formats/cloud-automator.js
const STATUS = {
    success: 'completed',
    failure: 'failed',
    cancelled: 'aborted',
};
/**
 * The `cloud-automator` payload. A Cloud Automator job is a definition and a job log one
 * execution of it, so `trigger_job_id` is the workflow (its id when known, else its name) and
 * `trigger_job_log_id` the build id. `extra` is merged into the job object, its keys winning;
 * a test delivery also carries `"test": true`.
 */
function buildCloudAutomatorPayload(build, extra = {}) {
    return [
        {
            type: 'job',
            trigger_job_id: build.workflowId ?? build.workflow,
            trigger_job_log_id: build.buildId,
            status: STATUS[build.status],
            name: build.workflow,
            started_at: build.created,
            finished_at: build.completed,
            ...(build.test && { test: true }),
            ...extra,
        },
    ];
}

;// CONCATENATED MODULE: ./build/webhook/formats/github.js
// The `github` format: the push or pull_request event GitHub itself would send for this build's
// commit, for receivers built for GitHub webhooks (AWX/Tower job templates read the ref from
// `after` or `pull_request.head.sha`, and the status link from `pull_request.statuses_url`).

const ACTIONS = {
    open: 'opened',
    update: 'synchronize',
    reopen: 'reopened',
    close: 'closed',
    merge: 'closed',
};
/** The event this format describes: `pull_request` when there is one, else `push`. */
function githubEventName(facts) {
    return facts.change ? 'pull_request' : 'push';
}
function user(sender) {
    return { login: sender.login, id: sender.id, type: 'User' };
}
function repositoryObject(repository) {
    return {
        id: repository.id,
        name: repository.name,
        full_name: repository.path,
        private: repository.private,
        owner: { login: repository.namespace, name: repository.namespace },
        html_url: repository.webUrl,
        url: repositoryApiUrl(repository),
        clone_url: repository.cloneUrl,
        ssh_url: repository.sshUrl,
        statuses_url: statusesUrl(repository, '{sha}'),
        default_branch: repository.defaultBranch,
    };
}
function headCommit(facts) {
    const author = facts.commit.author;
    return {
        id: facts.sha,
        distinct: true,
        message: facts.commit.message,
        timestamp: facts.commit.timestamp,
        url: commitWebUrl(facts.repository, facts.sha),
        author: author && { name: author.name, email: author.email },
        committer: author && { name: author.name, email: author.email },
    };
}
/** The event's body. */
function buildGithubPayload(facts) {
    const repository = repositoryObject(facts.repository);
    const sender = user(facts.sender);
    const change = facts.change;
    if (change) {
        const side = (branch, sha) => ({
            label: `${facts.repository.namespace}:${branch}`,
            ref: branch,
            sha,
            repo: repository,
        });
        return {
            action: ACTIONS[change.action],
            number: change.number,
            pull_request: {
                url: changeApiUrl(facts.repository, change),
                id: change.id,
                number: change.number,
                html_url: change.webUrl,
                state: change.action === 'close' || change.action === 'merge' ? 'closed' : 'open',
                title: change.title,
                user: sender,
                head: side(change.sourceBranch, change.headSha),
                base: side(change.targetBranch, change.baseSha),
                statuses_url: statusesUrl(facts.repository, change.headSha),
                merged: change.action === 'merge',
            },
            repository,
            sender,
        };
    }
    const compareFrom = facts.before === NO_COMMIT ? facts.sha.slice(0, 12) : facts.before.slice(0, 12);
    return {
        ref: facts.ref,
        before: facts.before,
        after: facts.sha,
        created: facts.before === NO_COMMIT,
        deleted: false,
        forced: false,
        base_ref: null,
        compare: `${facts.repository.webUrl}/compare/${compareFrom}...${facts.sha.slice(0, 12)}`,
        commits: [headCommit(facts)],
        head_commit: headCommit(facts),
        repository,
        pusher: { name: facts.sender.login, email: facts.sender.email },
        sender,
    };
}

;// CONCATENATED MODULE: ./build/webhook/formats/gitlab.js
// The `gitlab` format: the Push Hook, Tag Push Hook or Merge Request Hook GitLab itself would
// send for this build's commit, for receivers built for GitLab webhooks (AWX/Tower job templates
// read the ref from `checkout_sha` or `object_attributes.last_commit.id`, and build the status
// link from `project.web_url` and `project.id`).

/** The event this format describes: the merge request when there is one, else the push. */
function gitlabEventName(facts) {
    if (facts.change)
        return 'Merge Request Hook';
    return facts.ref.startsWith('refs/tags/') ? 'Tag Push Hook' : 'Push Hook';
}
/** GitLab's visibility levels: 0 private, 20 public (internal, 10, is not told apart). */
function visibilityLevel(repository) {
    return repository.private === null ? null : repository.private ? 0 : 20;
}
function projectObject(repository) {
    return {
        id: repository.id,
        name: repository.name,
        description: null,
        web_url: repository.webUrl,
        avatar_url: null,
        git_ssh_url: repository.sshUrl,
        git_http_url: repository.cloneUrl,
        namespace: repository.namespace,
        visibility_level: visibilityLevel(repository),
        path_with_namespace: repository.path,
        default_branch: repository.defaultBranch,
        homepage: repository.webUrl,
        url: repository.sshUrl,
        ssh_url: repository.sshUrl,
        http_url: repository.cloneUrl,
    };
}
function gitlab_repositoryObject(repository) {
    return {
        name: repository.name,
        url: repository.sshUrl,
        description: null,
        homepage: repository.webUrl,
        git_http_url: repository.cloneUrl,
        git_ssh_url: repository.sshUrl,
        visibility_level: visibilityLevel(repository),
    };
}
function commitObject(facts, sha) {
    const message = facts.commit.message;
    return {
        id: sha,
        message,
        title: message === null ? null : (message.split('\n')[0] ?? ''),
        timestamp: facts.commit.timestamp,
        url: commitWebUrl(facts.repository, sha),
        author: facts.commit.author,
    };
}
/** The event's body. */
function buildGitlabPayload(facts) {
    const project = projectObject(facts.repository);
    const repository = gitlab_repositoryObject(facts.repository);
    const sender = facts.sender;
    const change = facts.change;
    if (change) {
        return {
            object_kind: 'merge_request',
            event_type: 'merge_request',
            user: {
                id: sender.id,
                name: sender.name ?? sender.login,
                username: sender.login,
                avatar_url: null,
                email: sender.email,
            },
            project,
            repository,
            object_attributes: {
                id: change.id,
                iid: change.number,
                title: change.title,
                state: change.action === 'close' ? 'closed' : change.action === 'merge' ? 'merged' : 'opened',
                action: change.action,
                source_branch: change.sourceBranch,
                target_branch: change.targetBranch,
                source_project_id: facts.repository.id,
                target_project_id: facts.repository.id,
                url: change.webUrl,
                source: project,
                target: project,
                last_commit: commitObject(facts, change.headSha),
            },
            labels: [],
            changes: {},
        };
    }
    const kind = facts.ref.startsWith('refs/tags/') ? 'tag_push' : 'push';
    return {
        object_kind: kind,
        event_name: kind,
        before: facts.before,
        after: facts.sha,
        ref: facts.ref,
        checkout_sha: facts.sha,
        message: null,
        user_id: sender.id,
        user_name: sender.name ?? sender.login,
        user_username: sender.login,
        user_email: sender.email,
        user_avatar: null,
        project_id: facts.repository.id,
        project,
        commits: [commitObject(facts, facts.sha)],
        total_commits_count: 1,
        repository,
    };
}

;// CONCATENATED MODULE: ./build/webhook/formats/jobserv.js
function jobservBuildStatus(status) {
    return status === 'success' ? 'PASSED' : 'FAILED';
}
const RUN_STATUS = {
    success: 'PASSED',
    failure: 'FAILED',
    cancelled: 'FAILED',
    in_progress: 'RUNNING',
    queued: 'QUEUED',
};
/**
 * The `jobserv` payload (Foundries CI build-complete webhook). `build_id` is the build's unique
 * id (as in the ci-relay format), `trigger_name` the workflow, `host_tag` the runner. Skipped
 * jobs are left out: JobServ has no such run state, and reporting them as FAILED or PASSED
 * would mislead receivers that act on run status. `extra` is merged at the top level, its keys
 * winning; a test delivery also carries `"test": true`.
 */
function buildJobservPayload(build, extra = {}) {
    const runs = [];
    for (const run of build.runs) {
        if (run.status === 'skipped')
            continue;
        runs.push({
            name: run.name,
            url: run.apiUrl ?? run.webUrl,
            status: RUN_STATUS[run.status],
            log_url: run.logUrl ?? null,
            web_url: run.webUrl,
            created: run.started ?? null,
            completed: run.completed ?? null,
            host_tag: run.runner ?? null,
        });
    }
    return {
        build_id: build.buildId,
        url: build.apiUrl ?? build.webUrl,
        status: jobservBuildStatus(build.status),
        runs,
        web_url: build.webUrl,
        trigger_name: build.workflow,
        created: build.created,
        completed: build.completed,
        ...(build.test && { test: true }),
        ...extra,
    };
}

;// CONCATENATED MODULE: ./build/webhook/formats/index.js












const PAYLOAD_FORMATS = (/* unused pure expression or super */ null && ([
    'ci-relay',
    'jobserv',
    'cloud-automator',
    'github',
    'gitlab',
]));
function isForgeFormat(format) {
    return format === 'github' || format === 'gitlab';
}
function checkExtra(extra) {
    if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) {
        throw new TypeError('The extra payload must be a JSON object.');
    }
}
function buildPayload(format, build, extra = {}) {
    checkExtra(extra);
    switch (format) {
        case 'ci-relay':
            return buildCiRelayPayload(build, extra);
        case 'jobserv':
            return buildJobservPayload(build, extra);
        case 'cloud-automator':
            return buildCloudAutomatorPayload(build, extra);
        default:
            throw new TypeError(`Unknown payload format '${String(format)}'${isForgeFormat(format) ? ' (a forge format: buildForgePayload)' : ''}.`);
    }
}
/**
 * The body of a delivery in a forge format: the event the forge would send for the commit in
 * `facts`, with `ci_relay` naming the build that sent it, `"test": true` on a test delivery, and
 * `extra` (the `payload` input) merged at the top level, its keys winning.
 */
function buildForgePayload(format, build, facts, extra = {}) {
    checkExtra(extra);
    const event = format === 'github' ? buildGithubPayload(facts) : buildGitlabPayload(facts);
    return {
        ...event,
        ci_relay: buildReference(build),
        // The forges' own test deliveries are real events; this one says what it is.
        ...(build.test && { test: true }),
        ...extra,
    };
}
/**
 * The event name a forge format sends in X-GitHub-Event / X-Gitlab-Event when none is given:
 * the one it describes (`push`, `pull_request`, `Push Hook`, `Tag Push Hook`,
 * `Merge Request Hook`), or `ping` for a test delivery of the github format (as GitHub names its
 * own; GitLab's test deliveries are the real event).
 */
function forgeEventName(format, facts, test) {
    if (format === 'github')
        return test ? 'ping' : githubEventName(facts);
    return gitlabEventName(facts);
}

// EXTERNAL MODULE: ./build/webhook/sign.js
var sign = __webpack_require__(1161);
// EXTERNAL MODULE: ./build/webhook/send.js
var send = __webpack_require__(4574);
// EXTERNAL MODULE: ./build/webhook/urls.js
var webhook_urls = __webpack_require__(1510);
// EXTERNAL MODULE: ./build/summary.js
var build_summary = __webpack_require__(1192);
;// CONCATENATED MODULE: ./build/commands/notify.js









const STATUS_WORDS = {
    auto: 'auto',
    success: 'success',
    failure: 'failure',
    cancelled: 'cancelled',
    // GitLab's CI_JOB_STATUS spellings.
    failed: 'failure',
    canceled: 'cancelled',
};
function parseNotifyInputs(reader, context) {
    const warnings = [];
    const urls = (0,webhook_urls/* splitUrls */.HL)(reader.raw('url')).map((url) => (0,webhook_urls/* checkWebhookUrl */.Lv)(url, 'url'));
    if (urls.length === 0) {
        throw new errors/* InputError */.dz('url', 'must be set to at least one http or https URL (comma or newline separated).');
    }
    const secrets = reader.lines('secret');
    if (secrets.length > 1) {
        throw new errors/* InputError */.dz('secret', `must be one secret for notify (got ${secrets.length} lines): deliveries are signed with one key. Lists of secrets are for receivers.`);
    }
    const secret = secrets[0];
    const chosen = reader.string('signature');
    const signature = chosen ?? (secret ? 'standard' : 'none');
    if (signature !== 'none' && !secret) {
        throw new errors/* InputError */.dz('secret', `must be set to sign with signature '${signature}' (or set signature: none to send unsigned deliveries). If using a secret, ensure it is available in this workflow context.`);
    }
    if (secret && signature === 'none') {
        warnings.push("The secret is not used: signature is 'none', so deliveries are unsigned.");
    }
    if (secret && signature !== 'none') {
        try {
            (0,sign/* secretKey */.oF)(secret, signature);
        }
        catch (error) {
            throw new errors/* InputError */.dz('secret', error.message);
        }
    }
    const authorization = reader.string('authorization');
    if (authorization !== undefined && /[\r\n\0]/.test(authorization)) {
        throw new errors/* InputError */.dz('authorization', 'must be one line (a header value).');
    }
    const oidcAudience = reader.string('oidc-audience');
    if (oidcAudience && authorization) {
        throw new errors/* InputError */.dz('oidc-audience', 'and authorization both set the Authorization header: set only one of them.');
    }
    const format = reader.string('format');
    const event = reader.string('event');
    if (event !== undefined && !/^[\x20-\x7e]+$/.test(event)) {
        throw new errors/* InputError */.dz('event', "must be one line of printable ASCII (it is sent as a header value), e.g. push or 'Merge Request Hook'.");
    }
    if (event !== undefined && signature !== 'github' && signature !== 'gitlab') {
        warnings.push(`The event is not sent: only signature github (X-GitHub-Event) and gitlab (X-Gitlab-Event) carry it, and signature is '${signature}'.`);
    }
    const statusInput = reader.raw('status');
    const status = STATUS_WORDS[statusInput];
    if (!status) {
        throw new errors/* InputError */.dz('status', `must be auto, success, failure or cancelled (got '${statusInput}'). In a workflow, \${{ job.status }} gives this job's status.`);
    }
    const includeJobs = reader.boolean('include-jobs');
    const test = reader.boolean('test');
    // The forge formats describe the commit, not the build's outcome: they need no jobs.
    const forge = isForgeFormat(format);
    if (status === 'auto' && !includeJobs && !test && !forge) {
        throw new errors/* InputError */.dz('status', 'must be success, failure or cancelled when include-jobs is false: auto derives it from the jobs of this run. Pass ${{ job.status }}, or the result of the jobs you need.');
    }
    const source = forge ? undefined : buildSourceFor(reader, context, status, test);
    return {
        urls,
        secret,
        signature,
        authorization,
        format,
        event,
        payload: reader.jsonObject('payload') ?? {},
        status,
        includeJobs,
        maxAttempts: reader.integer('max-attempts'),
        timeoutMs: reader.integer('timeout') * 1000,
        test,
        oidcAudience,
        source,
        warnings,
    };
}
/** `CI_RELAY_SHA` for `sha`: how the CLI user sets an input without a flag. */
const variableOf = (input) => `CI_RELAY_${input.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
/** The facts about the build that the inputs state (repository, sha, ref, build-url), checked. */
function explicitFacts(reader, inRun) {
    // In a run, only what the step gave replaces the run's facts (not the GITHUB_REPOSITORY fallback,
    // which on GitLab may name the mirrored GitHub repository).
    const repositories = inRun
        ? reader
            .given('repository')
            .split(/[\n,]/)
            .map((r) => r.trim())
            .filter(Boolean)
        : reader.list('repository');
    if (repositories.length > 1) {
        throw new errors/* InputError */.dz('repository', `notify describes one build, of one repository (got ${repositories.length}).`);
    }
    const repository = repositories[0];
    const sha = inRun ? reader.given('sha') || undefined : reader.string('sha');
    if (sha !== undefined && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(sha)) {
        throw new errors/* InputError */.dz('sha', `must be a full commit sha, 40 (or 64, SHA-256) hexadecimal characters (got '${sha}').`);
    }
    const ref = inRun ? reader.given('ref') || undefined : reader.string('ref');
    const webUrl = inRun ? reader.given('build-url') || undefined : reader.string('build-url');
    if (webUrl !== undefined) {
        const url = URL.canParse(webUrl) ? new URL(webUrl) : undefined;
        if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
            throw new errors/* InputError */.dz('build-url', `must be an http or https URL (got '${webUrl}').`);
        }
    }
    return { repository, sha, ref, webUrl };
}
/**
 * The build notify describes: the run or pipeline it runs in (the explicit inputs replacing what
 * they state), or, outside GitHub Actions and GitLab CI, the build the inputs describe, which
 * needs repository, sha and a status. Every missing input is named at once, before any request.
 */
function buildSourceFor(reader, context, status, test) {
    const facts = explicitFacts(reader, context.provider !== undefined);
    if (context.provider !== undefined) {
        const source = buildSourceOf(context, reader);
        return {
            ...source,
            describe: (buildFacts, deps) => withExplicitFacts(source.describe(buildFacts, deps), facts),
        };
    }
    const missing = [];
    if (!facts.repository)
        missing.push(['repository', 'owner/name, or the project path']);
    if (!facts.sha)
        missing.push(['sha', 'the full commit sha the build ran on']);
    if (status === 'auto' && !test) {
        missing.push([
            'status',
            'success, failure or cancelled; auto needs the jobs of a GitHub Actions run or GitLab pipeline',
        ]);
    }
    if (missing.length || !facts.repository || !facts.sha) {
        const list = missing
            .map(([name, what]) => `${name} (--${name} or ${variableOf(name)}: ${what})`)
            .join(', ');
        throw new errors/* InputError */.dz(missing[0]?.[0] ?? 'repository', `notify runs outside GitHub Actions and GitLab CI here, so it describes the build from its inputs, and ${missing.length === 1 ? 'this one is' : 'these are'} missing: ${list}. Optional: ref (--ref or CI_RELAY_REF), build-url (--build-url or CI_RELAY_BUILD_URL). Nothing was sent.`);
    }
    return explicitBuildSource({ ...facts, repository: facts.repository, sha: facts.sha });
}
/** This run's jobs, or undefined (with a warning) when they cannot be read. */
async function readJobs(source, deps) {
    try {
        return await source.listJobs(deps);
    }
    catch (error) {
        deps.log.warning(`${error.message} runs[] holds only this job.`);
        return undefined;
    }
}
/** The build formats: this run's jobs (for runs[] and status auto) and the build's description. */
async function describeBuild(inputs, source, deps) {
    const { log } = deps;
    let runs = [];
    let status = inputs.status === 'auto' ? 'success' : inputs.status;
    // Outside a known CI there is no run: runs[] stays empty and the status was given.
    if (inputs.includeJobs && !inputs.test && source.provider !== 'other') {
        const jobs = await readJobs(source, deps);
        runs = jobs ? jobs.runs : [source.currentJob()];
        if (inputs.status === 'auto') {
            if (!jobs) {
                throw new errors/* RelayError */.cx(`Input 'status': auto needs the jobs of this run, which could not be read (see the warning); nothing was sent. ${source.jobsHint}`);
            }
            status = autoBuildStatus([...jobs.runs, ...(jobs.own ? [{ status: jobs.own }] : [])]);
            log.info(`Build status (auto, from the ${jobs.listed} jobs of this run): ${status}.`);
        }
    }
    return () => {
        const build = source.describe({ status, runs, test: inputs.test, now: Date.now() }, deps);
        return {
            body: JSON.stringify(buildPayload(inputs.format, build, inputs.payload)),
            event: inputs.event ?? payloadType(build),
            what: `build ${status}`,
        };
    };
}
/** Which run or pipeline sends the forge formats (their `ci_relay` key). */
function buildReferenceOf(context, test) {
    return {
        provider: context.provider ?? 'github',
        buildId: Number(context.run.id) || 0,
        buildNumber: context.run.number ?? 0,
        webUrl: context.run.url ?? '',
        workflow: context.run.workflow ?? '',
        test,
    };
}
/** The forge formats: the commit as its forge's own push / pull or merge request event. */
function describeCommit(inputs, deps) {
    const facts = commitFactsOf(deps.context, deps.env);
    const format = inputs.format;
    return () => ({
        body: JSON.stringify(buildForgePayload(format, buildReferenceOf(deps.context, inputs.test), facts, inputs.payload)),
        event: inputs.event ?? forgeEventName(format, facts, inputs.test),
        what: `commit ${facts.sha}`,
    });
}
const command = {
    parse: parseNotifyInputs,
    async run(inputs, deps) {
        const { log } = deps;
        for (const warning of inputs.warnings)
            log.warning(warning);
        const describe = inputs.source
            ? await describeBuild(inputs, inputs.source, deps)
            : describeCommit(inputs, deps);
        let authorization = inputs.authorization;
        if (inputs.oidcAudience) {
            const token = await identityToken(deps.context, deps.env, inputs.oidcAudience, log);
            authorization = `Bearer ${token}`;
        }
        const { body, event, what } = describe();
        log.info(`Sending ${event} (format ${inputs.format}, ${what}, signature ${inputs.signature}) to ${inputs.urls.length} URL${inputs.urls.length === 1 ? '' : 's'}.`);
        const report = await (0,send/* send */.tN)(inputs.urls.map((url) => ({
            url,
            body,
            deliveryId: (0,sign/* newDeliveryId */._i)(),
            signature: inputs.signature,
            secret: inputs.secret,
            event,
            // X-Gitlab-Instance: the CI server sending, as GitLab names itself.
            instance: inputs.signature === 'gitlab' ? deps.context.serverUrl : undefined,
            authorization,
        })), {
            maxAttempts: inputs.maxAttempts,
            timeoutMs: inputs.timeoutMs,
            log,
            command: 'notify',
            undeliveredDir: (0,send/* undeliveredDirOf */.op)(deps.env),
        });
        const sent = inputs.test ? 'test delivery' : what;
        const undelivered = report.results.filter((r) => !r.ok).length;
        const summary = [
            (0,build_summary/* summaryHeading */.hn)('notify', undelivered
                ? `${sent} not delivered (${undelivered} of ${report.results.length} URLs failed)`
                : `${sent} delivered`),
            '',
            (0,send/* resultsTable */.r6)(report.results),
            '',
            ...(report.undeliveredPath
                ? [
                    `Not delivered: \`${report.undeliveredPath}\` (send it again with \`npx @ci-relay/cli redeliver FILE\`).`,
                    (0,build_summary/* keepFileHint */.Rj)('notify', 'undelivered', 'undelivered-webhooks'),
                    '',
                ]
                : []),
        ].join('\n');
        return {
            outputs: {
                'delivery-id': report.results[0]?.deliveryId ?? '',
                results: (0,send/* resultsJson */.ji)(report.results),
                ...(report.undeliveredPath ? { undelivered: report.undeliveredPath } : {}),
            },
            summary,
            failure: report.failure,
        };
    },
};


/***/ }),

/***/ 6910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ requireGitHub)
/* harmony export */ });
function requireGitHub(deps) {
    if (!deps.github)
        throw new Error('This command needs GitHub access (inputs.ts commands list).');
    return deps.github;
}


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pm: () => (/* binding */ explainGitHubError),
/* harmony export */   Po: () => (/* binding */ describeGitHubFailure),
/* harmony export */   W: () => (/* binding */ answeredStatus)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2602);


const GENERIC = {
    401: 'GitHub rejected the credentials (401 Bad credentials): check app-id and private-key (the key must belong to that App), or the token.',
    403: 'GitHub refused (403): the token lacks a permission this needs.',
};
/**
 * Turn an Octokit failure into a message a user can act on: what we were doing, what GitHub
 * answered, and the likely fix for that status.
 */
function explainGitHubError(error, doing, hints = {}) {
    const network = (0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__.networkFailureIn)(error);
    if (network) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx(`${doing} failed: no answer from GitHub. ${network.message}`, {
            cause: error,
        });
    }
    const failure = (error ?? {});
    const status = failure.status;
    const data = failure.response?.data;
    const said = data?.message ?? failure.message ?? String(error);
    const hint = rateLimitHint(failure) ??
        ((status !== undefined && (hints[status] ?? GENERIC[status])) || undefined);
    const answered = status !== undefined ? `GitHub answered ${status}: ${said}` : said;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx(`${doing} failed. ${answered}${hint ? `. Likely cause: ${hint}` : ''}`, {
        cause: error,
        status,
    });
}
/** When a 403/429 carries a spent quota: when it resets. */
function rateLimitHint(failure) {
    if (failure.status !== 403 && failure.status !== 429)
        return undefined;
    const headers = failure.response?.headers ?? {};
    const reset = Number(headers['x-ratelimit-reset']);
    if (String(headers['x-ratelimit-remaining']) !== '0' || !Number.isFinite(reset))
        return undefined;
    return `GitHub's rate limit for this token is spent until ${new Date(reset * 1000).toISOString()}; retry after that, or use another token.`;
}
/** `502 Bad Gateway: message` or the network failure: for warnings that must keep the status. */
function describeGitHubFailure(error) {
    const network = (0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__.networkFailureIn)(error);
    if (network)
        return network.message;
    const failure = (error ?? {});
    const data = failure.response?.data;
    const said = data?.message ?? failure.message ?? String(error);
    return failure.status !== undefined ? `${failure.status} ${said}` : said;
}
/** The HTTP status GitHub answered, or undefined when no answer came (Octokit says 500 then). */
function answeredStatus(error) {
    if ((0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__.networkFailureIn)(error))
        return undefined;
    return error?.status;
}


/***/ }),

/***/ 8852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ listAttemptJobs),
/* harmony export */   G5: () => (/* binding */ findCurrentJob),
/* harmony export */   Yr: () => (/* binding */ jobOutcome),
/* harmony export */   qY: () => (/* binding */ JobLookupError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7307);
/* harmony import */ var _outcomes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(645);



/**
 * This run's jobs could not be read, or this job was not among them. `reason` is short enough for
 * a commit status description; the message says what happened and how to fix it.
 */
class JobLookupError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx {
    reason;
    constructor(reason, message, options) {
        super(message, options);
        this.reason = reason;
        this.name = 'JobLookupError';
    }
}
const JOBS_ROUTE = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs';
/**
 * Every job of this run attempt (`per_page=100`, following pages), with a token that has
 * `actions: read` on the run's repository.
 */
async function listAttemptJobs(github, context) {
    const [owner, repo] = context.repository?.split('/') ?? [];
    if (!owner || !repo || !context.run.id) {
        throw new JobLookupError('not running in a GitHub Actions job', "Reading this run's jobs needs GITHUB_REPOSITORY and GITHUB_RUN_ID: run it in a GitHub Actions job.");
    }
    const run = `run ${context.run.id} (attempt ${context.run.attempt}) of ${owner}/${repo}`;
    const permission = github.usesApp
        ? "give the GitHub App the 'Actions: read' repository permission and accept it on the installation"
        : "add 'actions: read' to the workflow's or the job's permissions block";
    let octokit;
    try {
        octokit = await github.client(owner, [repo], { actions: 'read' });
    }
    catch (error) {
        const status = error.cause?.status;
        throw new JobLookupError(status === 422
            ? 'the GitHub App lacks actions: read'
            : 'no token could be minted to read them', `Could not get a token to read the jobs of ${run}: ${error.message}${status === 422 ? ` To fix: ${permission}.` : ''}`, { cause: error });
    }
    try {
        return (await octokit.paginate(JOBS_ROUTE, {
            owner,
            repo,
            run_id: Number(context.run.id),
            attempt_number: context.run.attempt,
            per_page: 100,
        }));
    }
    catch (error) {
        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .answeredStatus */ .W)(error);
        const reason = status === 403
            ? 'the token lacks actions: read'
            : status === 404
                ? 'this run was not found'
                : `the jobs API failed${status ? ` (${status})` : ''}`;
        throw new JobLookupError(reason, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainGitHubError */ .Pm)(error, `Reading the jobs of ${run}`, {
            403: `the token lacks actions: read. To fix: ${permission}.`,
            404: `the token cannot see ${owner}/${repo}, or the run does not exist there.`,
        }).message, { cause: error });
    }
}
/**
 * The job this step runs in. A runner runs one job at a time, so the running job whose
 * `runner_name` is RUNNER_NAME is this one, matrix legs included. Without RUNNER_NAME, or when no
 * running job has it: the one running job named after GITHUB_JOB (`build`, or `build (a, b)` for a
 * matrix leg), else the only running job of the attempt. Anything else is a JobLookupError rather
 * than a guess.
 */
function findCurrentJob(jobs, context) {
    const running = jobs.filter((job) => job.status === 'in_progress');
    const one = (list) => (list.length === 1 ? list[0] : undefined);
    const { runner: runnerName, name: jobId } = context.job;
    if (runnerName) {
        const onRunner = jobs.filter((job) => job.runner_name === runnerName);
        const job = one(onRunner.filter((candidate) => running.includes(candidate))) ??
            one(onRunner.filter((candidate) => candidate.status !== 'completed'));
        if (job)
            return { job, by: 'runner-name' };
    }
    if (jobId) {
        const job = one(running.filter((candidate) => candidate.name === jobId || candidate.name.startsWith(`${jobId} (`)));
        if (job)
            return { job, by: 'job-name' };
    }
    const only = one(running);
    if (only)
        return { job: only, by: 'only-running-job' };
    const tried = [
        runnerName ? `no running job has runner_name '${runnerName}'` : 'RUNNER_NAME is not set',
        jobId ? `${running.length} running job(s), none alone named after '${jobId}'` : undefined,
    ].filter(Boolean);
    throw new JobLookupError("this job was not found among the run's jobs", `Could not tell which of this run's ${jobs.length} job(s) is this one: ${tried.join('; ')}.`);
}
/**
 * A job's outcome in `job.status` words. A finished job has its conclusion; for the running job
 * (seen from its own post step) any step that failed makes it `failure`, else a cancelled step
 * makes it `cancelled`, else `success`. `step` names the step that decided it.
 */
function jobOutcome(job) {
    if (job.status === 'completed' && job.conclusion)
        return { outcome: (0,_outcomes_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeOfConclusion */ .Vk)(job.conclusion) };
    const stepOutcomes = (job.steps ?? []).flatMap((step) => step.conclusion ? [{ step: step.name, outcome: (0,_outcomes_js__WEBPACK_IMPORTED_MODULE_2__/* .outcomeOfConclusion */ .Vk)(step.conclusion) }] : []);
    const decisive = stepOutcomes.find(({ outcome }) => outcome === 'failure') ??
        stepOutcomes.find(({ outcome }) => outcome === 'cancelled');
    return decisive ?? { outcome: 'success' };
}


/***/ }),

/***/ 645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vk: () => (/* binding */ outcomeOfConclusion)
/* harmony export */ });
/* unused harmony exports GITHUB_CONCLUSIONS, OUTCOME_OF_CONCLUSION */
/** Every conclusion GitHub documents for workflow jobs and check runs. */
const GITHUB_CONCLUSIONS = (/* unused pure expression or super */ null && ([
    'success',
    'failure',
    'neutral',
    'cancelled',
    'skipped',
    'timed_out',
    'action_required',
    'stale',
    'startup_failure',
]));
/**
 * `neutral` passed without a verdict, so it is a success. `action_required` waits for a person
 * (an approval): the job did not pass, so it is a failure. `stale` is GitHub giving up on a check
 * that never reported: it did not run to an end, so it is cancelled (an `error` status).
 */
const OUTCOME_OF_CONCLUSION = {
    success: 'success',
    neutral: 'success',
    failure: 'failure',
    timed_out: 'failure',
    startup_failure: 'failure',
    action_required: 'failure',
    cancelled: 'cancelled',
    stale: 'cancelled',
    skipped: 'skipped',
};
/** A conclusion's outcome; one GitHub has not documented yet is not taken for a success. */
function outcomeOfConclusion(conclusion) {
    return OUTCOME_OF_CONCLUSION[conclusion] ?? 'failure';
}


/***/ }),

/***/ 5390:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DT: () => (/* binding */ gitlabClient),
/* harmony export */   Gy: () => (/* binding */ requireGitLabToken),
/* harmony export */   r_: () => (/* binding */ readGitLabInputs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(977);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6807);
// The inputs every GitLab-facing command takes, validated before any request.



const TOKEN_HINT = 'a project or group access token with the api scope (Settings > Access tokens), in the masked CI/CD variable CI_RELAY_GITLAB_TOKEN';
/**
 * `gitlab-api-url` (CI_API_V4_URL in a GitLab job, else gitlab.com) and `gitlab-token`. The job
 * token is refused by name: GitLab does not accept CI_JOB_TOKEN for commit statuses or for
 * listing a pipeline's jobs, and would answer a bare 401.
 */
function readGitLabInputs(reader) {
    const apiUrl = reader.string('gitlab-api-url');
    if (!(0,_text_js__WEBPACK_IMPORTED_MODULE_2__/* .isHttpUrl */ .q$)(apiUrl)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('gitlab-api-url', `must be an http(s) URL such as https://gitlab.com/api/v4 (got '${apiUrl}').`);
    }
    const token = reader.string('gitlab-token');
    const jobToken = reader.env.CI_JOB_TOKEN;
    if (token && ((jobToken && token === jobToken) || token.startsWith('glcbt-'))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('gitlab-token', `is the CI job token (CI_JOB_TOKEN), which GitLab does not accept for this API: use ${TOKEN_HINT}.`);
    }
    return { apiUrl: apiUrl.replace(/\/+$/, ''), token };
}
/** The token, or an error naming the input and what it must be. */
function requireGitLabToken(inputs, why) {
    if (inputs.token)
        return inputs.token;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('gitlab-token', `must be set ${why}: ${TOKEN_HINT}.`);
}
function gitlabClient(inputs, token, log) {
    return new _client_js__WEBPACK_IMPORTED_MODULE_1__/* .GitLabClient */ .zZ({ apiUrl: inputs.apiUrl, token, log });
}


/***/ }),

/***/ 6807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ GitLabApiError),
/* harmony export */   DZ: () => (/* binding */ projectPath),
/* harmony export */   zZ: () => (/* binding */ GitLabClient)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _http_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4384);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8508);
// GitLab's REST API (v4): PRIVATE-TOKEN, JSON, errors that say what GitLab answered and the
// likely cause, and pagination through x-next-page / Link. Every request goes through src/http
// (the one retry, rate-limit and timeout policy: a 429 waits for Retry-After / RateLimit-Reset).



/** At most this many pages are read from one listing (100 per page: 10 000 items). */
const MAX_PAGES = 100;
/** A response GitLab gave with a status outside 2xx. */
class GitLabApiError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx {
    status;
    said;
    constructor(status, 
    /** GitLab's `message` or `error`, as it said it. */
    said, message) {
        super(message, { status });
        this.status = status;
        this.said = said;
        this.name = 'GitLabApiError';
    }
}
const GENERIC = {
    401: 'GitLab rejected the token (401): gitlab-token (CI_RELAY_GITLAB_TOKEN) is wrong, expired or revoked.',
    403: "GitLab refused (403): the token's scope or role does not allow this (a project or group access token with the api scope and at least the Developer role).",
    404: 'GitLab found nothing there (404): the project does not exist, or the token cannot see it.',
    429: 'GitLab rate-limited the requests (429).',
};
/** `projects/:id` takes a numeric id or the URL-encoded path. */
function projectPath(project) {
    return `/projects/${encodeURIComponent(project)}`;
}
/** What GitLab said in an error body: `message` (string or field → errors) or `error`. */
/**
 * What GitLab said in an error body: `message` (a string, or field → errors), or an OAuth-style
 * refusal's `error` with its `error_description` (insufficient_scope: why).
 */
function saidOf(body, text) {
    const b = (body ?? {});
    if (typeof b.error === 'string' && typeof b.error_description === 'string')
        return `${b.error}: ${b.error_description}`;
    const said = b.message ?? b.error;
    if (typeof said === 'string')
        return said;
    if (said && typeof said === 'object')
        return Object.entries(said)
            .map(([field, value]) => `${field}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
            .join('; ');
    return text.slice(0, 300) || 'no details';
}
class GitLabClient {
    options;
    apiUrl;
    constructor(options) {
        this.options = options;
        this.apiUrl = options.apiUrl.replace(/\/+$/, '');
    }
    url(request, page) {
        const url = new URL(`${this.apiUrl}${request.path}`);
        for (const [name, value] of Object.entries(request.query ?? {}))
            if (value !== undefined)
                url.searchParams.set(name, String(value));
        if (page !== undefined)
            url.searchParams.set('page', String(page));
        return url;
    }
    /**
     * One request. `doing` says what it was for, in messages (`Posting the status on group/app@abc`);
     * `hints` add the likely cause for a status code.
     */
    async request(request, doing, hints = {}) {
        return this.send(request, this.url(request), doing, hints);
    }
    async send(request, url, doing, hints) {
        const method = request.method ?? 'GET';
        let response;
        try {
            response = await (0,_http_request_js__WEBPACK_IMPORTED_MODULE_1__.request)(url, {
                ...this.options.http,
                method,
                headers: {
                    ...(this.options.token !== undefined && { 'PRIVATE-TOKEN': this.options.token }),
                    Accept: 'application/json',
                    'User-Agent': `ci-relay/${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}`,
                    ...(request.body !== undefined && { 'Content-Type': 'application/json' }),
                },
                body: request.body !== undefined ? JSON.stringify(request.body) : undefined,
                label: `${method} ${this.apiUrl}${request.path}`,
                log: this.options.log,
            });
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx(`${doing} failed: ${error.message}. Check gitlab-api-url and that GitLab is reachable from this job.`, { cause: error });
        }
        const text = await response.text();
        let body;
        try {
            body = text ? JSON.parse(text) : undefined;
        }
        catch {
            body = undefined;
        }
        if (!response.ok) {
            const said = saidOf(body, text);
            const hint = hints[response.status] ?? GENERIC[response.status];
            throw new GitLabApiError(response.status, said, `${doing} failed. GitLab answered ${response.status}: ${said}${said.endsWith('.') ? '' : '.'}${hint ? ` Likely cause: ${hint}` : ''}${response.gaveUp ? ` Not retried: ${response.gaveUp}.` : ''}`);
        }
        return { data: body, headers: response.headers, status: response.status };
    }
    /**
     * Every item of a paginated listing, 100 per page, following `x-next-page` (offset pagination)
     * or the Link header's `rel="next"` (keyset pagination).
     */
    async paginate(request, doing) {
        const items = [];
        let url = this.url({ ...request, query: { per_page: 100, ...request.query } });
        for (let page = 1; url && page <= MAX_PAGES; page++) {
            const { data, headers } = await this.send(request, url, doing, {});
            if (!Array.isArray(data))
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RelayError */ .cx(`${doing} failed: GitLab answered something other than a list.`);
            items.push(...data);
            url = nextPage(url, headers);
        }
        if (url)
            this.options.log.info(`${doing}: stopped after ${MAX_PAGES} pages.`);
        return items;
    }
}
function nextPage(current, headers) {
    const link = headers
        .get('link')
        ?.split(',')
        .find((part) => /rel="next"/.test(part))
        ?.match(/<([^>]+)>/)?.[1];
    if (link)
        return new URL(link);
    const next = headers.get('x-next-page');
    if (!next)
        return undefined;
    const url = new URL(current);
    url.searchParams.set('page', next);
    return url;
}


/***/ }),

/***/ 1510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HL: () => (/* binding */ splitUrls),
/* harmony export */   Lv: () => (/* binding */ checkWebhookUrl)
/* harmony export */ });
/* unused harmony export MAX_URL_LENGTH */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);
/* harmony import */ var _deliver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7103);


/** Longest receiver URL accepted (what browsers and most proxies handle). */
const MAX_URL_LENGTH = 2048;
/**
 * Receiver URLs from a comma- or newline-separated input. A comma splits only where the next
 * item starts with a scheme, so a comma inside a query string (`?tags=a,b`) stays in its URL.
 */
function splitUrls(value) {
    return value
        .split(/\r?\n|,(?=\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/)/)
        .map((item) => item.trim())
        .filter(Boolean);
}
/** One http(s) URL of at most 2048 characters, or an InputError naming `input`. */
function checkWebhookUrl(value, input) {
    if (value.length > MAX_URL_LENGTH) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must be at most ${MAX_URL_LENGTH} characters (got ${value.length}).`);
    }
    let parsed;
    try {
        parsed = new URL(value);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must be an absolute http or https URL like https://ci.example.com/hook (got '${(0,_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(value)}').`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must use http or https, not ${parsed.protocol.slice(0, -1)} (got '${(0,_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(value)}').`);
    }
    // Credentials in a URL would be logged with it and are refused by fetch; the authorization
    // input carries them (masked) instead.
    if (parsed.username || parsed.password) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each URL must not carry credentials (user:password@): pass them with the authorization input instead, e.g. Basic <base64 of user:password> (got '${(0,_deliver_js__WEBPACK_IMPORTED_MODULE_1__/* .redactUrl */ .BO)(value)}').`);
    }
    return value;
}


/***/ })

};
