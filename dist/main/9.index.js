export const id = 9;
export const ids = [9];
export const modules = {

/***/ 8009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command),
  parseStatusInputs: () => (/* binding */ parseStatusInputs)
});

// EXTERNAL MODULE: ./build/context.js + 2 modules
var build_context = __webpack_require__(3250);
// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
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

// EXTERNAL MODULE: ./build/github/jobs.js
var jobs = __webpack_require__(8852);
// EXTERNAL MODULE: ./build/github/repository.js
var repository = __webpack_require__(8328);
// EXTERNAL MODULE: ./build/text.js
var build_text = __webpack_require__(977);
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
        throw (0,github_errors/* explainGitHubError */.g)(error, `Posting the ${state} status '${target.context}' on ${where}`, {
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

// EXTERNAL MODULE: ./build/commands/types.js
var types = __webpack_require__(6910);
;// CONCATENATED MODULE: ./build/commands/status.js








/** The `state` words: GitHub's four, and the job-status words `${{ job.status }}` produces. */
const STATE_WORDS = {
    pending: { state: 'pending' },
    success: { state: 'success' },
    failure: { state: 'failure' },
    error: { state: 'error' },
    cancelled: { state: 'error', description: 'Cancelled' },
    skipped: { state: 'success', description: 'Skipped' },
};
const RUNNING = 'Running…';
/** Step state: what the post step needs to post the final status of `auto`. */
const POST_STATE = 'status';
function parseStatusInputs(reader, context) {
    const raw = reader.string('state', {
        required: true,
        hint: 'pending, success, failure, error or auto',
    });
    const word = raw.toLowerCase();
    if (word !== 'auto' && !(word in STATE_WORDS)) {
        throw new errors/* InputError */.dz('state', `must be pending, success, failure, error or auto, or a job-status word (cancelled, skipped); got '${raw}'.`);
    }
    const repositories = reader.list('repository');
    if (repositories.length !== 1) {
        throw new errors/* InputError */.dz('repository', repositories.length
            ? `status reports on one repository (got ${repositories.length}): use one step per repository.`
            : 'must be set (owner/name) when there is no current repository (GITHUB_REPOSITORY).');
    }
    const { owner, repo } = (0,repository/* parseRepository */.SU)(repositories[0], 'repository');
    const shaInput = reader.string('sha');
    const found = shaInput ? { sha: shaInput, from: 'the input' } : commitOfRun(context);
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
    const given = reader.string('description');
    const description = given && (0,build_text/* cutText */.IN)(given, STATUS_LIMITS.description);
    return {
        target: { owner, repo, sha: found.sha.toLowerCase(), context: statusContext, targetUrl },
        word,
        description: description || STATE_WORDS[word]?.description,
        cutFrom: description !== given ? (0,build_text/* charLength */.XP)(given) : undefined,
    };
}
function defaultContext(context) {
    const label = (0,build_context/* workflowJobLabel */.fg)(context);
    if (label)
        return label;
    throw new errors/* InputError */.dz('context', 'must be set outside a GitHub Actions job (the default "<workflow> / <job>" comes from GITHUB_WORKFLOW and GITHUB_JOB).');
}
const command = {
    parse: parseStatusInputs,
    async run(inputs, deps) {
        const github = (0,types/* requireGitHub */.x)(deps);
        const auto = inputs.word === 'auto';
        if (auto && !deps.postStep) {
            throw new errors/* InputError */.dz('state', "auto needs the GitHub Action's post step to report the job's outcome. Here, post pending first and the final state (e.g. success or failure) at the end.");
        }
        if (inputs.cutFrom) {
            deps.log.warning(`Input 'description' is ${inputs.cutFrom} characters; GitHub allows ${STATUS_LIMITS.description}, so it was cut to ${STATUS_LIMITS.description}, ending in '…'.`);
        }
        const { target } = inputs;
        const state = auto ? 'pending' : STATE_WORDS[inputs.word].state;
        const description = auto ? RUNNING : inputs.description;
        const url = await createCommitStatus(github, target, state, description);
        if (auto) {
            const saved = { target, description: inputs.description };
            deps.state.save(POST_STATE, JSON.stringify(saved));
        }
        return { outputs: { sha: target.sha, url }, summary: report(deps, target, state, description) };
    },
    async post(deps) {
        const saved = deps.state.get(POST_STATE);
        if (!saved)
            return; // not auto, or the pending status was never posted
        const { target, description } = JSON.parse(saved);
        const github = (0,types/* requireGitHub */.x)(deps);
        let state;
        let derived;
        try {
            const { runner: runnerName } = deps.context.job;
            const { job, by } = (0,jobs/* findCurrentJob */.G5)(await (0,jobs/* listAttemptJobs */.C7)(github, deps.context), deps.context);
            if (by !== 'runner-name') {
                const why = runnerName
                    ? `no running job has runner_name '${runnerName}'`
                    : 'RUNNER_NAME is not set';
                const how = by === 'job-name' ? 'named after GITHUB_JOB' : 'the only running job';
                deps.log.info(`Took '${job.name}' for this job (${how}): ${why}.`);
            }
            const { outcome, step } = (0,jobs/* jobOutcome */.Yr)(job);
            state = STATE_WORDS[outcome].state;
            derived = describe(outcome, step);
        }
        catch (error) {
            if (!(error instanceof jobs/* JobLookupError */.qY))
                throw error;
            deps.log.warning(`${error.message} Posting 'error' instead of the job's outcome.`);
            return finish(deps, target, 'error', `Outcome unknown: ${error.reason}`);
        }
        return finish(deps, target, state, description ?? derived);
    },
};
async function finish(deps, target, state, description) {
    await createCommitStatus((0,types/* requireGitHub */.x)(deps), target, state, description);
    return { summary: report(deps, target, state, description) };
}
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
/** Logs what was posted and returns the job summary line. */
function report(deps, target, state, description) {
    const { owner, repo, sha, context } = target;
    const commit = `${owner}/${repo}@${sha.slice(0, 7)}`;
    deps.log.info(`Posted ${state} '${context}' on ${commit}${description ? `: ${(0,build_text/* cutText */.IN)(description, STATUS_LIMITS.description)}` : ''}.`);
    const link = `[${commit}](${deps.context.serverUrl}/${owner}/${repo}/commit/${sha})`;
    return `ci-relay status: **${state}** \`${context}\` on ${link}${description ? ` (${(0,build_text/* cutText */.IN)(description, STATUS_LIMITS.description)})` : ''}\n`;
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
        const status = error.status;
        const reason = status === 403
            ? 'the token lacks actions: read'
            : status === 404
                ? 'this run was not found'
                : `the jobs API failed${status ? ` (${status})` : ''}`;
        throw new JobLookupError(reason, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainGitHubError */ .g)(error, `Reading the jobs of ${run}`, {
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


/***/ })

};
