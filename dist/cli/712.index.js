export const id = 712;
export const ids = [712];
export const modules = {

/***/ 3712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command),
  parseNotifyInputs: () => (/* binding */ parseNotifyInputs)
});

// EXTERNAL MODULE: ./build/errors.js
var errors = __webpack_require__(9473);
;// CONCATENATED MODULE: ./build/github/build-info.js
/**
 * The run this step belongs to, or a sentence saying which variables are missing (the runner
 * always sets them; a laptop does not).
 */
function githubRunOf(context) {
    const missing = [
        ['GITHUB_REPOSITORY', context.repository],
        ['GITHUB_RUN_ID', context.runId],
        ['GITHUB_SHA', context.sha],
    ]
        .filter(([, value]) => !value)
        .map(([name]) => name);
    const runId = Number(context.runId);
    if (!missing.length && !Number.isSafeInteger(runId))
        missing.push('GITHUB_RUN_ID (a number)');
    if (missing.length)
        return `${missing.join(', ')} must be set`;
    return { repository: context.repository, runId, sha: context.sha };
}
/** A finished job's conclusion, or where an unfinished job is, as a run status. */
function runStatusOf(job) {
    if (job.status !== 'completed')
        return job.status === 'in_progress' ? 'in_progress' : 'queued';
    switch (job.conclusion) {
        case 'success':
        case 'neutral':
            return 'success';
        case 'failure':
        case 'timed_out':
        case 'startup_failure':
        case 'action_required':
            return 'failure';
        case 'cancelled':
            return 'cancelled';
        default:
            return 'skipped';
    }
}
/** `status: auto`: failure when a finished job failed, else cancelled when one was, else success. */
function autoBuildStatus(runs) {
    if (runs.some((run) => run.status === 'failure'))
        return 'failure';
    if (runs.some((run) => run.status === 'cancelled'))
        return 'cancelled';
    return 'success';
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
        name: context.job ?? 'job',
        status: 'in_progress',
        webUrl,
        started: null,
        completed: null,
        runner: context.runnerName ?? null,
    };
}
/** The pull request of a pull_request / pull_request_target event (from GITHUB_EVENT_PATH). */
function pullRequestOfEvent(event) {
    const pr = event.pull_request;
    if (!pr || typeof pr.number !== 'number' || typeof pr.html_url !== 'string')
        return undefined;
    return {
        number: pr.number,
        title: typeof pr.title === 'string' ? pr.title : '',
        sourceBranch: typeof pr.head?.ref === 'string' ? pr.head.ref : '',
        targetBranch: typeof pr.base?.ref === 'string' ? pr.base.ref : '',
        webUrl: pr.html_url,
    };
}
/** An ISO 8601 time to the second, as GitHub writes them. */
function isoSeconds(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/**
 * The neutral build description of this GitHub Actions run. `created` is the earliest start
 * among the listed jobs (the run's own start is not in the environment), else now.
 */
function githubBuildInfo(context, run, facts) {
    const completed = isoSeconds(facts.now);
    const starts = facts.runs
        .map((r) => r.started)
        .filter((t) => typeof t === 'string' && !Number.isNaN(Date.parse(t)))
        .sort((a, b) => Date.parse(a) - Date.parse(b));
    const attempt = context.runAttempt > 1 ? `/attempts/${context.runAttempt}` : '';
    const workflowFile = context.workflowRef?.match(/^[^/]+\/[^/]+\/(.+?)@/)?.[1];
    return {
        provider: 'github',
        buildId: run.runId,
        buildNumber: context.runNumber ?? 0,
        status: facts.status,
        repository: run.repository,
        sha: run.sha,
        ref: context.ref ?? '',
        webUrl: runWebUrl(context, run),
        apiUrl: `${context.apiUrl}/repos/${run.repository}/actions/runs/${run.runId}${attempt}`,
        workflow: context.workflow ?? '',
        workflowId: workflowFile ?? null,
        event: context.eventName ?? '',
        actor: context.actor ?? '',
        pullRequest: pullRequestOfEvent(context.event()) ?? null,
        created: starts[0] ?? completed,
        completed,
        runs: facts.runs,
        test: facts.test,
    };
}
function runWebUrl(context, run) {
    return context.runUrl ?? `${context.serverUrl}/${run.repository}/actions/runs/${run.runId}`;
}

// EXTERNAL MODULE: ./build/github/jobs.js
var github_jobs = __webpack_require__(8852);
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






const PAYLOAD_FORMATS = (/* unused pure expression or super */ null && (['ci-relay', 'jobserv', 'cloud-automator']));
function buildPayload(format, build, extra = {}) {
    if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) {
        throw new TypeError('The extra payload must be a JSON object.');
    }
    switch (format) {
        case 'ci-relay':
            return buildCiRelayPayload(build, extra);
        case 'jobserv':
            return buildJobservPayload(build, extra);
        case 'cloud-automator':
            return buildCloudAutomatorPayload(build, extra);
        default:
            throw new TypeError(`Unknown payload format '${String(format)}'.`);
    }
}

// EXTERNAL MODULE: ./build/webhook/sign.js
var sign = __webpack_require__(1161);
// EXTERNAL MODULE: ./build/webhook/send.js
var send = __webpack_require__(4574);
// EXTERNAL MODULE: ./build/webhook/urls.js
var webhook_urls = __webpack_require__(1510);
// EXTERNAL MODULE: ./build/commands/types.js
var types = __webpack_require__(6910);
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
    const statusInput = reader.raw('status') || 'auto';
    const status = STATUS_WORDS[statusInput];
    if (!status) {
        throw new errors/* InputError */.dz('status', `must be auto, success, failure or cancelled (got '${statusInput}'). In a workflow, \${{ job.status }} gives this job's status.`);
    }
    const includeJobs = reader.boolean('include-jobs') ?? true;
    const test = reader.boolean('test') ?? false;
    if (status === 'auto' && !includeJobs && !test) {
        throw new errors/* InputError */.dz('status', 'must be success, failure or cancelled when include-jobs is false: auto derives it from the jobs of this run. Pass ${{ job.status }}, or the result of the jobs you need.');
    }
    const run = githubRunOf(context);
    if (typeof run === 'string') {
        throw new errors/* RelayError */.cx(`notify describes a GitHub Actions run, and ${run} (the runner sets them).${context.platform === 'gitlab' ? ' GitLab pipelines are not supported by notify yet.' : ''}`);
    }
    return {
        urls,
        secret,
        signature,
        authorization,
        format: (reader.string('format') ?? 'ci-relay'),
        payload: reader.jsonObject('payload') ?? {},
        status,
        includeJobs,
        maxAttempts: reader.integer('max-attempts') ?? 10,
        timeoutMs: (reader.integer('timeout') ?? 10) * 1000,
        test,
        oidcAudience,
        run,
        warnings,
    };
}
/** This run's jobs, or undefined (with a warning) when they cannot be read. */
async function readJobs(deps) {
    try {
        return await (0,github_jobs/* listAttemptJobs */.C7)((0,types/* requireGitHub */.x)(deps), deps.context);
    }
    catch (error) {
        deps.log.warning(`${error.message} runs[] holds only this job.`);
        return undefined;
    }
}
/**
 * `status: auto`: the finished jobs, and this job's own outcome so far (a step before notify
 * failed or was cancelled), when this job can be told apart.
 */
function autoStatus(jobs, runs, deps) {
    let own = [];
    try {
        const { job } = (0,github_jobs/* findCurrentJob */.G5)(jobs, deps.context);
        own = [{ status: (0,github_jobs/* jobOutcome */.Yr)(job).outcome }];
    }
    catch (error) {
        deps.log.info(`${error.message} Its own steps are not counted.`);
    }
    return autoBuildStatus([...runs, ...own]);
}
const command = {
    parse: parseNotifyInputs,
    async run(inputs, deps) {
        const { log, context } = deps;
        for (const warning of inputs.warnings)
            log.warning(warning);
        let runs = [];
        let status = inputs.status === 'auto' ? 'success' : inputs.status;
        if (inputs.includeJobs && !inputs.test) {
            const jobs = await readJobs(deps);
            runs = jobs
                ? runsOfJobs(jobs, deps.github?.inputs.apiUrl ?? context.apiUrl, inputs.run.repository)
                : [currentJobRun(context, runWebUrl(context, inputs.run))];
            if (inputs.status === 'auto') {
                if (!jobs) {
                    throw new errors/* RelayError */.cx("Input 'status': auto needs the jobs of this run, which could not be read (see the warning); nothing was sent. Grant actions: read, or pass status: ${{ job.status }}.");
                }
                status = autoStatus(jobs, runs, deps);
                log.info(`Build status (auto, from the ${jobs.length} jobs of this run): ${status}.`);
            }
        }
        let authorization = inputs.authorization;
        if (inputs.oidcAudience) {
            const { requestIdToken } = await __webpack_require__.e(/* import() */ 381).then(__webpack_require__.bind(__webpack_require__, 6381));
            authorization = `Bearer ${await requestIdToken(deps.env, inputs.oidcAudience, log)}`;
        }
        const build = githubBuildInfo(context, inputs.run, {
            status,
            runs,
            test: inputs.test,
            now: Date.now(),
        });
        const body = JSON.stringify(buildPayload(inputs.format, build, inputs.payload));
        const event = payloadType(build);
        log.info(`Sending ${event} (format ${inputs.format}, status ${status}, signature ${inputs.signature}) to ${inputs.urls.length} URL${inputs.urls.length === 1 ? '' : 's'}.`);
        const report = await (0,send/* send */.tN)(inputs.urls.map((url) => ({
            url,
            body,
            deliveryId: (0,sign/* newDeliveryId */._i)(),
            signature: inputs.signature,
            secret: inputs.secret,
            event,
            authorization,
        })), {
            maxAttempts: inputs.maxAttempts,
            timeoutMs: inputs.timeoutMs,
            log,
            command: 'notify',
            undeliveredDir: (0,send/* undeliveredDirOf */.op)(deps.env),
        });
        const summary = [
            `### ci-relay notify: ${inputs.test ? 'test delivery' : `build ${status}`}`,
            '',
            (0,send/* resultsTable */.r6)(report.results),
            '',
            ...(report.undeliveredPath
                ? [`Not delivered: \`${report.undeliveredPath}\` (for \`ci-relay redeliver\`).`, '']
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
    if (!owner || !repo || !context.runId) {
        throw new JobLookupError('not running in a GitHub Actions job', "Reading this run's jobs needs GITHUB_REPOSITORY and GITHUB_RUN_ID: run it in a GitHub Actions job.");
    }
    const run = `run ${context.runId} (attempt ${context.runAttempt}) of ${owner}/${repo}`;
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
            run_id: Number(context.runId),
            attempt_number: context.runAttempt,
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
        throw new JobLookupError(reason, (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .explainGitHubError */ .P)(error, `Reading the jobs of ${run}`, {
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
    const { runnerName, job: jobId } = context;
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
const FAILED = ['failure', 'timed_out', 'startup_failure'];
/**
 * A job's outcome in `job.status` words. A finished job has its conclusion; for the running job
 * (seen from its own post step) any step concluded failure makes it `failure`, else a cancelled
 * step makes it `cancelled`, else `success`. `step` names the step that decided it.
 */
function jobOutcome(job) {
    if (job.status === 'completed' && job.conclusion) {
        if (FAILED.includes(job.conclusion))
            return { outcome: 'failure' };
        if (job.conclusion === 'cancelled' || job.conclusion === 'skipped')
            return { outcome: job.conclusion };
        return { outcome: 'success' };
    }
    const steps = job.steps ?? [];
    const failed = steps.find((step) => step.conclusion && FAILED.includes(step.conclusion));
    if (failed)
        return { outcome: 'failure', step: failed.name };
    const cancelled = steps.find((step) => step.conclusion === 'cancelled');
    if (cancelled)
        return { outcome: 'cancelled', step: cancelled.name };
    return { outcome: 'success' };
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
