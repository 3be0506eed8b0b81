export const id = 584;
export const ids = [584];
export const modules = {

/***/ 7584:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command),
  parseStatusInputs: () => (/* binding */ parseStatusInputs)
});

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
// EXTERNAL MODULE: ./build/github/jobs.js
var github_jobs = __webpack_require__(8852);
// EXTERNAL MODULE: ./build/context.js + 2 modules
var build_context = __webpack_require__(3250);
// EXTERNAL MODULE: ./build/commands/types.js
var types = __webpack_require__(6910);
// EXTERNAL MODULE: ./build/text.js
var build_text = __webpack_require__(977);
;// CONCATENATED MODULE: ./build/github/commit.js
/**
 * The commit a run is about, as people see it: the pull request's head on `pull_request*` events
 * (GITHUB_SHA is a merge commit there that no one looks at), the triggering run's `head_sha` on
 * `workflow_run` (GITHUB_SHA is the default branch there), else GITHUB_SHA. `from` says where the
 * sha was looked for, for messages; `sha` is undefined when it was not there.
 */
function commitOfRun(context) {
    const event = context.run.event ?? '';
    const payload = () => context.github?.event() ?? {};
    if (event.startsWith('pull_request')) {
        const sha = pick(payload(), 'pull_request', 'head', 'sha');
        return { sha, from: `the ${event} event's pull_request.head.sha` };
    }
    if (event === 'workflow_run') {
        const sha = pick(payload(), 'workflow_run', 'head_sha');
        return { sha, from: "the workflow_run event's workflow_run.head_sha" };
    }
    return { sha: context.sha, from: 'GITHUB_SHA' };
}
function pick(value, ...path) {
    let node = value;
    for (const key of path) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[key];
    }
    return typeof node === 'string' && node ? node : undefined;
}

// EXTERNAL MODULE: ./build/github/repository.js
var repository = __webpack_require__(8328);
// EXTERNAL MODULE: ./build/github/errors.js
var github_errors = __webpack_require__(7307);
;// CONCATENATED MODULE: ./build/github/statuses.js


/** GitHub's limits on a commit status (422 beyond them), in characters. */
const STATUS_LIMITS = { description: 140, context: 255, perShaAndContext: 1000 };
/** POST a commit status; returns the status's API URL. */
async function createCommitStatus(github, target, state, description) {
    const { owner, repo, sha } = target;
    const where = `${owner}/${repo}@${sha.slice(0, 7)}`;
    const octokit = await github.client(owner, [repo], { statuses: 'write' });
    try {
        const { data } = await octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
            owner,
            repo,
            sha,
            state,
            context: target.context,
            ...(description ? { description: (0,build_text/* cutText */.IN)(description, STATUS_LIMITS.description) } : {}),
            ...(target.targetUrl ? { target_url: target.targetUrl } : {}),
        });
        return data.url;
    }
    catch (error) {
        throw (0,github_errors/* explainGitHubError */.Pm)(error, `Posting the ${state} status '${target.context}' on ${where}`, {
            403: github.usesApp
                ? `the GitHub App lacks statuses: write on ${owner}/${repo}.`
                : "the token lacks statuses: write: add 'statuses: write' to the workflow's permissions. On pull_request events from forks GITHUB_TOKEN is read-only: report from a workflow_run or pull_request_target workflow, or with a GitHub App.",
            404: github.usesApp
                ? `the repository ${owner}/${repo} does not exist, or the GitHub App is not installed on it.`
                : `the repository ${owner}/${repo} does not exist, or the token cannot see it (GITHUB_TOKEN only reaches its own repository: use a GitHub App for others).`,
            422: `${sha} is not a commit of ${owner}/${repo}, or this commit already has ${STATUS_LIMITS.perShaAndContext} statuses for this context.`,
        });
    }
}

;// CONCATENATED MODULE: ./build/github/status-target.js
// A GitHub commit status behind the CommitStatusTarget port: where it goes (repository, commit,
// context), validated at parse time, and the neutral words mapped to GitHub's four states.







/** GitHub has four states: the other words map to one, with a description saying what it was. */
const GITHUB_STATE_OF = {
    pending: { state: 'pending' },
    running: { state: 'pending' },
    success: { state: 'success' },
    failure: { state: 'failure' },
    error: { state: 'error' },
    cancelled: { state: 'error', description: 'Cancelled' },
    skipped: { state: 'success', description: 'Skipped' },
};
/** The web address of the GitHub behind an API URL (api.github.com, GHES /api/v3). */
function githubWebUrl(apiUrl) {
    const url = new URL(apiUrl);
    if (url.hostname === 'api.github.com')
        return 'https://github.com';
    if (url.hostname.startsWith('api.'))
        return `${url.protocol}//${url.hostname.slice(4)}`;
    return `${url.origin}${url.pathname.replace(/\/api\/v3\/?$/, '')}`.replace(/\/+$/, '');
}
function parseGitHubStatusTarget(reader, context) {
    const repositories = reader.list('repository');
    if (repositories.length !== 1) {
        throw new errors/* InputError */.dz('repository', repositories.length
            ? `status reports on one repository (got ${repositories.length}): use one step per repository.`
            : `must be set (owner/name) when there is no current repository (GITHUB_REPOSITORY)${context.provider === 'gitlab' ? ': from GitLab, name the GitHub repository the project mirrors' : ''}.`);
    }
    const { owner, repo } = (0,repository/* parseRepository */.SU)(repositories[0], 'repository');
    const shaInput = reader.string('sha');
    // From another platform, that platform's commit is the mirrored GitHub commit.
    const found = shaInput
        ? { sha: shaInput, from: 'the input' }
        : context.provider === 'gitlab'
            ? {
                sha: context.gitlab?.mergeRequestSourceSha || context.sha,
                from: 'CI_MERGE_REQUEST_SOURCE_BRANCH_SHA or CI_COMMIT_SHA',
            }
            : commitOfRun(context);
    if (!found.sha) {
        throw new errors/* InputError */.dz('sha', `must be set: there is no commit in ${found.from}.`);
    }
    if (!/^[0-9a-f]{40}$/i.test(found.sha)) {
        throw new errors/* InputError */.dz('sha', `must be a full commit sha, 40 hexadecimal characters (got '${found.sha}' from ${found.from}).`);
    }
    const statusContext = reader.string('context') ?? defaultContext(context);
    if ((0,build_text/* charLength */.XP)(statusContext) > STATUS_LIMITS.context) {
        throw new errors/* InputError */.dz('context', `must be at most ${STATUS_LIMITS.context} characters (GitHub's limit); it is ${(0,build_text/* charLength */.XP)(statusContext)}.`);
    }
    const targetUrl = reader.string('target-url') ?? context.run.url;
    if (targetUrl && !(0,build_text/* isHttpUrl */.q$)(targetUrl)) {
        throw new errors/* InputError */.dz('target-url', `must be an http(s) URL (got '${targetUrl}').`);
    }
    return { owner, repo, sha: found.sha.toLowerCase(), context: statusContext, targetUrl };
}
/** `<workflow> / <job>` on GitHub; the job name on GitLab. */
function defaultContext(context) {
    const label = (0,build_context/* defaultStatusName */.d5)(context);
    if (label)
        return label;
    throw new errors/* InputError */.dz('context', 'must be set outside a GitHub Actions job (the default "<workflow> / <job>" comes from GITHUB_WORKFLOW and GITHUB_JOB).');
}
/** The port for one parsed GitHub status target. */
function githubStatusTarget(target) {
    return {
        provider: 'github',
        sha: target.sha,
        async post(word, description, deps) {
            const mapped = GITHUB_STATE_OF[word];
            const text = description ?? mapped.description;
            if (text && (0,build_text/* charLength */.XP)(text) > STATUS_LIMITS.description) {
                deps.log.warning(`Input 'description' is ${(0,build_text/* charLength */.XP)(text)} characters; GitHub allows ${STATUS_LIMITS.description}, so it was cut to ${STATUS_LIMITS.description}, ending in '…'.`);
            }
            const cut = text && (0,build_text/* cutText */.IN)(text, STATUS_LIMITS.description);
            const github = (0,types/* requireGitHub */.x)(deps);
            const url = await createCommitStatus(github, target, mapped.state, cut);
            return { sha: target.sha, url, summary: githubReport(deps, target, mapped.state, cut) };
        },
    };
}
/** Logs what was posted and returns the job summary line. */
function githubReport(deps, target, state, description) {
    const { owner, repo, sha, context } = target;
    const commit = `${owner}/${repo}@${sha.slice(0, 7)}`;
    deps.log.info(`Posted ${state} '${context}' on ${commit}${description ? `: ${(0,build_text/* cutText */.IN)(description, STATUS_LIMITS.description)}` : ''}.`);
    // The GitHub the job runs on, else the one behind the API (a GitLab job posting to GitHub).
    const web = deps.context.provider === 'github' && deps.context.serverUrl
        ? deps.context.serverUrl
        : githubWebUrl(deps.github?.inputs.apiUrl ?? 'https://api.github.com');
    const link = `[${commit}](${web}/${owner}/${repo}/commit/${sha})`;
    return `ci-relay status: **${state}** \`${context}\` on ${link}${description ? ` (${(0,build_text/* cutText */.IN)(description, STATUS_LIMITS.description)})` : ''}\n`;
}

// EXTERNAL MODULE: ./build/gitlab/access.js
var access = __webpack_require__(5390);
// EXTERNAL MODULE: ./build/gitlab/client.js
var gitlab_client = __webpack_require__(6807);
;// CONCATENATED MODULE: ./build/gitlab/statuses.js
// GitLab commit statuses: POST /projects/:id/statuses/:sha with a token that has the api scope.



const GITLAB_STATES = (/* unused pure expression or super */ null && ([
    'pending',
    'running',
    'success',
    'failed',
    'canceled',
    'skipped',
]));
/** GitLab's limits on a commit status (400 beyond them), in characters. */
const GITLAB_STATUS_LIMITS = { name: 255, description: 255, targetUrl: 255 };
/** What GitLab answers when a status is posted in the state it already has. */
const SAME_STATE = /^Cannot transition status/i;
/**
 * Post a status. `description` is cut to GitLab's limit with a warning. A 400 "Cannot transition
 * status" means the status already is in that state: that is success (`unchanged`).
 */
async function postGitLabStatus(client, target, state, description, log) {
    const limit = GITLAB_STATUS_LIMITS.description;
    if (description && (0,build_text/* charLength */.XP)(description) > limit) {
        log.warning(`Input 'description' is ${(0,build_text/* charLength */.XP)(description)} characters; GitLab allows ${limit}, so it was cut to ${limit}, ending in '…'.`);
    }
    const path = `${(0,gitlab_client/* projectPath */.DZ)(target.project)}/statuses/${target.sha}`;
    const where = `${target.project}@${target.sha.slice(0, 8)}`;
    const url = `${client.apiUrl}${(0,gitlab_client/* projectPath */.DZ)(target.project)}/repository/commits/${target.sha}/statuses`;
    try {
        await client.request({
            method: 'POST',
            path,
            body: {
                state,
                name: target.name,
                ...(description && { description: (0,build_text/* cutText */.IN)(description, limit) }),
                ...(target.targetUrl && { target_url: target.targetUrl }),
                ...(target.pipelineId && { pipeline_id: target.pipelineId }),
                ...(target.ref && { ref: target.ref }),
            },
        }, `Posting the ${state} status '${target.name}' on ${where}`, {
            401: 'gitlab-token (CI_RELAY_GITLAB_TOKEN) is wrong, expired or revoked; it must be a project or group access token with the api scope (CI_JOB_TOKEN cannot post commit statuses).',
            403: `the token cannot post statuses on ${target.project}: it needs the api scope and at least the Developer role there.`,
            404: `${target.project} does not exist or the token cannot see it, or ${target.sha} is not one of its commits${target.pipelineId ? `, or pipeline ${target.pipelineId} does not run that commit` : ''}.`,
        });
        return { url, unchanged: false };
    }
    catch (error) {
        if (error instanceof gitlab_client/* GitLabApiError */.AT && error.status === 400 && SAME_STATE.test(error.said)) {
            log.info(`GitLab says the status '${target.name}' on ${where} already is ${state}: ${error.said}`);
            return { url, unchanged: true };
        }
        throw error;
    }
}
/** The name and target URL fail naming their input beyond GitLab's limits (parse time). */
function checkGitLabStatusFields(target, nameInput) {
    if ((0,build_text/* charLength */.XP)(target.name) > GITLAB_STATUS_LIMITS.name) {
        throw new errors/* InputError */.dz(nameInput, `must be at most ${GITLAB_STATUS_LIMITS.name} characters (GitLab's limit for a status name); it is ${(0,build_text/* charLength */.XP)(target.name)}.`);
    }
    if (target.targetUrl && (0,build_text/* charLength */.XP)(target.targetUrl) > GITLAB_STATUS_LIMITS.targetUrl) {
        throw new errors/* InputError */.dz('target-url', `must be at most ${GITLAB_STATUS_LIMITS.targetUrl} characters (GitLab's limit); it is ${(0,build_text/* charLength */.XP)(target.targetUrl)}.`);
    }
}

;// CONCATENATED MODULE: ./build/gitlab/status-target.js
// A GitLab commit status behind the CommitStatusTarget port: the project, the commit people look
// at (the merge request's head in merged-results pipelines), the pipeline it shows on.





/** GitLab's six states; GitHub's words map onto them. */
const GITLAB_STATE_OF = {
    pending: 'pending',
    running: 'running',
    success: 'success',
    failure: 'failed',
    error: 'failed',
    cancelled: 'canceled',
    skipped: 'skipped',
};
const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;
/**
 * The commit: the input, else CI_MERGE_REQUEST_SOURCE_BRANCH_SHA (set in merged-results and
 * merge-train pipelines, where CI_COMMIT_SHA is an internal merge commit), else CI_COMMIT_SHA.
 * On the pipeline's own commit the status carries `pipeline_id` (GitLab then takes the ref from
 * the pipeline, so it shows there). On the MR head GitLab would answer 404 for this pipeline (it
 * looks the pipeline up by sha), so there the ref is the source branch and GitLab picks or makes
 * the pipeline.
 */
function commitOf(reader, context) {
    const given = reader.string('sha');
    const sourceSha = context.gitlab?.mergeRequestSourceSha;
    const sha = given ?? (sourceSha || context.sha);
    if (!sha) {
        throw new errors/* InputError */.dz('sha', 'must be set: there is no commit in CI_MERGE_REQUEST_SOURCE_BRANCH_SHA or CI_COMMIT_SHA (outside a GitLab job, pass the commit).');
    }
    if (!SHA.test(sha)) {
        throw new errors/* InputError */.dz('sha', `must be a full commit sha, 40 hexadecimal characters (got '${sha}').`);
    }
    const own = context.sha && sha.toLowerCase() === context.sha.toLowerCase();
    const pipelineId = own ? Number(context.run.id) || undefined : undefined;
    const ref = own
        ? undefined
        : sourceSha && sha.toLowerCase() === sourceSha.toLowerCase()
            ? context.mergeRequest?.sourceBranch || undefined
            : undefined;
    return { sha: sha.toLowerCase(), pipelineId, ref };
}
function parseGitLabStatusTarget(reader, context) {
    const inputs = (0,access/* readGitLabInputs */.r_)(reader);
    const token = (0,access/* requireGitLabToken */.Gy)(inputs, 'to post GitLab commit statuses');
    const projects = reader.list('repository');
    if (projects.length > 1) {
        throw new errors/* InputError */.dz('repository', `status reports on one project (got ${projects.length}): use one job per project.`);
    }
    const project = projects[0] ?? context.gitlab?.projectId ?? context.repository;
    if (!project) {
        throw new errors/* InputError */.dz('repository', 'must be set to the GitLab project (path like group/project, or its id) outside a GitLab job.');
    }
    const name = reader.string('context') ?? (0,build_context/* defaultStatusName */.d5)(context);
    if (!name) {
        throw new errors/* InputError */.dz('context', 'must be set outside a CI job (the default is the job name, CI_JOB_NAME, on GitLab; "<workflow> / <job>" on GitHub).');
    }
    const targetUrl = reader.string('target-url') ?? context.run.url;
    if (targetUrl && !(0,build_text/* isHttpUrl */.q$)(targetUrl)) {
        throw new errors/* InputError */.dz('target-url', `must be an http(s) URL (got '${targetUrl}').`);
    }
    const target = { project, name, targetUrl, ...commitOf(reader, context) };
    checkGitLabStatusFields(target, 'context');
    return {
        provider: 'gitlab',
        sha: target.sha,
        async post(word, description, deps) {
            const state = GITLAB_STATE_OF[word];
            const client = (0,access/* gitlabClient */.DT)(inputs, token, deps.log);
            const { url, unchanged } = await postGitLabStatus(client, target, state, description, deps.log);
            const where = `${target.project}@${target.sha.slice(0, 8)}`;
            deps.log.info(`Posted ${state} '${target.name}' on ${where}${unchanged ? ' (it already was)' : ''}.`);
            const web = context.serverUrl && context.repository === project
                ? `[${where}](${context.serverUrl}/${project}/-/commit/${target.sha})`
                : where;
            return {
                sha: target.sha,
                url,
                summary: `ci-relay status: **${state}** \`${target.name}\` on ${web}\n`,
            };
        },
    };
}

;// CONCATENATED MODULE: ./build/commands/status.js





/**
 * The `state` words: GitHub's four, GitLab's six, and the job-status words of both platforms
 * (`${{ job.status }}`, CI_JOB_STATUS), each accepted whichever platform the status goes to.
 */
const STATE_WORDS = {
    pending: 'pending',
    running: 'running',
    success: 'success',
    failure: 'failure',
    failed: 'failure',
    error: 'error',
    cancelled: 'cancelled',
    canceled: 'cancelled',
    skipped: 'skipped',
};
const RUNNING = 'Running…';
/** Step state: what the post step needs to post the final status of `auto`. */
const POST_STATE = 'status';
/** Where the status goes: `target`, or the platform the job runs on (GitHub elsewhere). */
function targetPlatform(reader, context) {
    const target = reader.string('target');
    return target === 'auto' ? (context.provider ?? 'github') : target;
}
function parseStatusInputs(reader, context) {
    const raw = reader.string('state', {
        required: true,
        hint: 'pending, running, success, failure, error, or auto',
    });
    const lower = raw.toLowerCase();
    const word = lower === 'auto' ? 'auto' : STATE_WORDS[lower];
    if (!word) {
        throw new errors/* InputError */.dz('state', `must be pending, success, failure, error or auto, or a job-status word (running, failed, cancelled, canceled, skipped); got '${raw}'.`);
    }
    const description = reader.string('description');
    if (targetPlatform(reader, context) === 'gitlab') {
        if (word === 'auto') {
            throw new errors/* InputError */.dz('state', "auto needs the GitHub Action's post step; on GitLab, post running in a first job and success or failed in .post jobs (when: on_success / on_failure), as the ci-relay component does.");
        }
        return { target: parseGitLabStatusTarget(reader, context), word, description };
    }
    const github = parseGitHubStatusTarget(reader, context);
    return { target: githubStatusTarget(github), word, description, github };
}
const command = {
    parse: parseStatusInputs,
    async run(inputs, deps) {
        const auto = inputs.word === 'auto';
        if (auto && !deps.postStep) {
            throw new errors/* InputError */.dz('state', "auto needs the GitHub Action's post step to report the job's outcome. Here, post pending first and the final state (e.g. success or failure) at the end.");
        }
        const word = inputs.word === 'auto' ? 'pending' : inputs.word;
        const posted = await inputs.target.post(word, auto ? RUNNING : inputs.description, deps);
        if (auto && inputs.github) {
            const saved = { target: inputs.github, description: inputs.description };
            deps.state.save(POST_STATE, JSON.stringify(saved));
        }
        return {
            outputs: { sha: posted.sha, url: posted.url },
            summary: posted.summary,
            // auto: the post step posts the final status, with this step's token while it lasts.
            post: auto && inputs.github !== undefined,
        };
    },
    async post(deps) {
        const saved = deps.state.get(POST_STATE);
        if (!saved)
            return; // not auto, or the pending status was never posted
        const { target, description } = JSON.parse(saved);
        const github = githubStatusTarget(target);
        let word;
        let derived;
        try {
            const { runner: runnerName } = deps.context.job;
            const jobs = await (0,github_jobs/* listAttemptJobs */.C7)((0,types/* requireGitHub */.x)(deps), deps.context);
            const { job, by } = (0,github_jobs/* findCurrentJob */.G5)(jobs, deps.context);
            if (by !== 'runner-name') {
                const why = runnerName
                    ? `no running job has runner_name '${runnerName}'`
                    : 'RUNNER_NAME is not set';
                const how = by === 'job-name' ? 'named after GITHUB_JOB' : 'the only running job';
                deps.log.info(`Took '${job.name}' for this job (${how}): ${why}.`);
            }
            const { outcome, step } = (0,github_jobs/* jobOutcome */.Yr)(job);
            word = outcome;
            derived = describe(outcome, step);
        }
        catch (error) {
            if (!(error instanceof github_jobs/* JobLookupError */.qY))
                throw error;
            deps.log.warning(`${error.message} Posting 'error' instead of the job's outcome.`);
            const { summary } = await github.post('error', `Outcome unknown: ${error.reason}`, deps);
            return { summary };
        }
        const { summary } = await github.post(word, description ?? derived, deps);
        return { summary };
    },
};
function describe(outcome, step) {
    switch (outcome) {
        case 'failure':
            return step ? `Failed at step '${step}'` : 'Failed';
        case 'cancelled':
            return step ? `Cancelled at step '${step}'` : 'Cancelled';
        case 'skipped':
            return 'Skipped';
        default:
            return 'Succeeded';
    }
}


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
    const network = (0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .networkFailureIn */ .gG)(error);
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
    const network = (0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .networkFailureIn */ .gG)(error);
    if (network)
        return network.message;
    const failure = (error ?? {});
    const data = failure.response?.data;
    const said = data?.message ?? failure.message ?? String(error);
    return failure.status !== undefined ? `${failure.status} ${said}` : said;
}
/** The HTTP status GitHub answered, or undefined when no answer came (Octokit says 500 then). */
function answeredStatus(error) {
    if ((0,_http_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .networkFailureIn */ .gG)(error))
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

/***/ 8328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QP: () => (/* binding */ groupByOwner),
/* harmony export */   SU: () => (/* binding */ parseRepository),
/* harmony export */   bp: () => (/* binding */ isOwnerLogin),
/* harmony export */   en: () => (/* binding */ isRepositoryName),
/* harmony export */   fq: () => (/* binding */ fullName),
/* harmony export */   of: () => (/* binding */ parseRepositories)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9473);

// GitHub logins: letters, digits, single hyphens, not at either end, at most 39 characters.
// Enterprise Managed Users add `_shortcode`; a few old accounts end in a hyphen, which GitHub
// still serves, so only a leading hyphen, a double hyphen and other characters are refused.
const OWNER = /^(?=.{1,39}$)[A-Za-z0-9](?:-?[A-Za-z0-9])*-?(?:_[A-Za-z0-9]+)?$/;
const NAME = /^[A-Za-z0-9._-]{1,100}$/;
function parseRepository(value, input) {
    const parts = value.split('/');
    const [owner, repo] = parts;
    if (parts.length !== 2 ||
        !owner ||
        !repo ||
        !OWNER.test(owner) ||
        !NAME.test(repo) ||
        repo === '.' ||
        repo === '..') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(input, `each repository must be owner/name, like octo-org/service (got '${value}').`);
    }
    return { owner, repo };
}
/** A GitHub user or organization login. */
function isOwnerLogin(value) {
    return OWNER.test(value);
}
function isRepositoryName(value) {
    return NAME.test(value) && value !== '.' && value !== '..';
}
/** Parse a list of owner/name, dropping duplicates (GitHub names are case-insensitive). */
function parseRepositories(values, input) {
    const seen = new Set();
    const refs = [];
    for (const value of values) {
        const ref = parseRepository(value, input);
        const key = `${ref.owner}/${ref.repo}`.toLowerCase();
        if (!seen.has(key))
            refs.push(ref);
        seen.add(key);
    }
    return refs;
}
/** Group repositories by owner (case-insensitive), keeping the first spelling and the order. */
function groupByOwner(refs) {
    const groups = new Map();
    const spelling = new Map();
    for (const { owner, repo } of refs) {
        const key = owner.toLowerCase();
        if (!spelling.has(key))
            spelling.set(key, owner);
        const name = spelling.get(key);
        groups.set(name, [...(groups.get(name) ?? []), repo]);
    }
    return groups;
}
const fullName = (ref) => `${ref.owner}/${ref.repo}`;


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
            response = await (0,_http_request_js__WEBPACK_IMPORTED_MODULE_1__/* .request */ .Em)(url, {
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

/***/ 2602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   JD: () => (/* binding */ RequestFailedError),
/* harmony export */   gG: () => (/* binding */ networkFailureIn),
/* harmony export */   vF: () => (/* binding */ describeSocketError)
/* harmony export */ });
// What went wrong when a call got no usable answer, in words a CI log reader understands.
/** Kinds worth another attempt (see policy.ts for why). */
const RETRYABLE = new Set([
    'refused',
    'reset',
    'dns-temporary',
    'timeout',
    'other',
]);
/** One attempt that got no answer: connection refused, reset, DNS failure, timeout ... */
class NetworkError extends Error {
    kind;
    code;
    name = 'NetworkError';
    constructor(kind, message, code, options) {
        super(message, options);
        this.kind = kind;
        this.code = code;
    }
    get retryable() {
        return RETRYABLE.has(this.kind);
    }
    /** The same failure, saying it happened on the way through `proxy`. */
    through(proxy) {
        return new NetworkError(this.kind, `${this.message} (through the proxy ${proxy})`, this.code, {
            cause: this.cause,
        });
    }
}
/**
 * A call that failed without an answer after all its attempts: `call` is `METHOD url` (the URL
 * without query, fragment or credentials), the message says what happened.
 */
class RequestFailedError extends Error {
    call;
    failure;
    attempts;
    name = 'RequestFailedError';
    constructor(call, failure, attempts, why) {
        super(`${call}: ${failure.message}${attempts > 1 ? ` (${attempts} attempts)` : ''}${why ? `; ${why}` : ''}`, { cause: failure });
        this.call = call;
        this.failure = failure;
        this.attempts = attempts;
    }
}
/** The first RequestFailedError or NetworkError in an error's cause chain (Octokit wraps them). */
function networkFailureIn(error) {
    for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
        if (e instanceof RequestFailedError || e instanceof NetworkError)
            return e;
    }
    return undefined;
}
/** A Node socket/DNS/TLS error as a NetworkError. `host` names the host in DNS messages. */
function describeSocketError(error, host) {
    if (error instanceof NetworkError)
        return error;
    const code = error?.code;
    const text = error instanceof Error ? error.message : String(error);
    const c = typeof code === 'string' ? code : undefined;
    const make = (kind, message) => new NetworkError(kind, message, c, { cause: error });
    switch (c) {
        case 'ECONNREFUSED':
            return make('refused', `connection refused (${c})`);
        case 'ECONNRESET':
        case 'EPIPE':
        case 'UND_ERR_SOCKET':
            return make('reset', `connection reset before an answer (${c})`);
        case 'ENOTFOUND':
            return make('dns', `DNS failure: host ${host} not found (${c})`);
        case 'EAI_AGAIN':
            return make('dns-temporary', `DNS failure: temporary, looking up ${host} (${c})`);
        case 'ETIMEDOUT':
        case 'ECONNABORTED':
            return make('timeout', `connection timed out (${c})`);
        case 'EHOSTUNREACH':
        case 'ENETUNREACH':
            return make('other', `host unreachable (${c})`);
    }
    if (c &&
        (/^ERR_TLS|^CERT_|^UNABLE_TO|SELF_SIGNED|^ERR_SSL/.test(c) || /certificate/i.test(text))) {
        return make('tls', `TLS failure: ${text} (${c})`);
    }
    if (c === 'ERR_INVALID_URL' || c === 'ERR_INVALID_ARG_VALUE')
        return make('invalid-url', text);
    return make('other', `network error: ${text}${c && !text.includes(c) ? ` (${c})` : ''}`);
}


/***/ })

};
