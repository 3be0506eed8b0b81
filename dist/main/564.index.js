export const id = 564;
export const ids = [564];
export const modules = {

/***/ 5564:
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
// EXTERNAL MODULE: ./build/webhook/send.js + 1 modules
var send = __webpack_require__(7172);
// EXTERNAL MODULE: ./build/webhook/urls.js
var webhook_urls = __webpack_require__(1510);
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
    const statusInput = reader.raw('status');
    const status = STATUS_WORDS[statusInput];
    if (!status) {
        throw new errors/* InputError */.dz('status', `must be auto, success, failure or cancelled (got '${statusInput}'). In a workflow, \${{ job.status }} gives this job's status.`);
    }
    const includeJobs = reader.boolean('include-jobs');
    const test = reader.boolean('test');
    if (status === 'auto' && !includeJobs && !test) {
        throw new errors/* InputError */.dz('status', 'must be success, failure or cancelled when include-jobs is false: auto derives it from the jobs of this run. Pass ${{ job.status }}, or the result of the jobs you need.');
    }
    const source = buildSourceOf(context, reader);
    return {
        urls,
        secret,
        signature,
        authorization,
        format: reader.string('format'),
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
const command = {
    parse: parseNotifyInputs,
    async run(inputs, deps) {
        const { log } = deps;
        const { source } = inputs;
        for (const warning of inputs.warnings)
            log.warning(warning);
        let runs = [];
        let status = inputs.status === 'auto' ? 'success' : inputs.status;
        if (inputs.includeJobs && !inputs.test) {
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
        let authorization = inputs.authorization;
        if (inputs.oidcAudience) {
            const token = await identityToken(deps.context, deps.env, inputs.oidcAudience, log);
            authorization = `Bearer ${token}`;
        }
        const build = source.describe({ status, runs, test: inputs.test, now: Date.now() }, deps);
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
function saidOf(body, text) {
    const b = body;
    const message = b?.message ?? b?.error_description ?? b?.error;
    if (typeof message === 'string')
        return message;
    if (message && typeof message === 'object')
        return JSON.stringify(message);
    return text.slice(0, 200) || 'no details';
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
                    'PRIVATE-TOKEN': this.options.token,
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
            throw new GitLabApiError(response.status, said, `${doing} failed. GitLab answered ${response.status}: ${said}.${hint ? ` Likely cause: ${hint}` : ''}${response.gaveUp ? ` Not retried: ${response.gaveUp}.` : ''}`);
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

/***/ 7103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BO: () => (/* binding */ redactUrl),
/* harmony export */   F0: () => (/* binding */ deliverAll)
/* harmony export */ });
/* unused harmony export deliver */
/* harmony import */ var _http_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2602);
/* harmony import */ var _http_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7167);
/* harmony import */ var _http_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4384);



const MAX_ERROR_BODY = 200;
/** A URL fit for logs: origin and path only. Userinfo, query and fragment may hold secrets. */
const redactUrl = _http_request_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .zA;
function resolve(location, base) {
    try {
        return new URL(location, base).toString();
    }
    catch {
        return location;
    }
}
/** Blanks out anything that must not be shown (header values, the full URL) from a message. */
function scrub(message, secrets) {
    let scrubbed = message;
    for (const secret of secrets) {
        if (secret.length >= 4)
            scrubbed = scrubbed.split(secret).join('***');
    }
    return scrubbed;
}
/**
 * The request URL and base headers. Userinfo in the URL (which fetch refuses) becomes
 * `Authorization: Basic`, unless an Authorization header is already set.
 */
function prepare(target, version) {
    let parsed;
    try {
        parsed = new URL(target.url);
    }
    catch {
        return 'not a valid URL';
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        return `only http and https URLs are supported, not ${parsed.protocol}`;
    }
    const headers = { 'User-Agent': `ci-relay/${version}` };
    const hasAuthorization = Object.keys(target.headers).some((name) => name.toLowerCase() === 'authorization');
    const user = (0,_http_request_js__WEBPACK_IMPORTED_MODULE_2__/* .safeDecode */ .ex)(parsed.username);
    const password = (0,_http_request_js__WEBPACK_IMPORTED_MODULE_2__/* .safeDecode */ .ex)(parsed.password);
    if ((user || password) && !hasAuthorization) {
        headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    }
    const secrets = [parsed.search, parsed.search.slice(1), parsed.password, password];
    parsed.username = '';
    parsed.password = '';
    return { url: parsed.toString(), headers, secrets };
}
/**
 * POSTs one delivery, retrying network errors, timeouts, 408, 425, 429 and 5xx with exponential
 * backoff and full jitter (or as Retry-After asks, capped). Other 4xx and all 3xx (redirects are
 * not followed: a redirect would drop or re-send a signed body elsewhere) fail at once.
 * Never rejects: failures are in the result.
 */
async function deliver(target, options) {
    const clock = options.clock ?? _http_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .realClock */ .dQ;
    const maxAttempts = Number.isFinite(options.maxAttempts)
        ? Math.max(1, Math.floor(options.maxAttempts))
        : 1;
    const { log } = options;
    const url = redactUrl(target.url);
    const started = clock.now();
    const result = (fields) => ({
        url,
        deliveryId: target.deliveryId,
        ms: Math.max(0, clock.now() - started),
        ...fields,
    });
    const failed = (error, attempts, why, status) => {
        log.warning(`Delivery ${target.deliveryId} to ${url} failed: ${error}${attempts > 0 ? ` (attempt ${attempts}/${maxAttempts}, ${why})` : ''}.`);
        return result({ ok: false, attempts, error, ...(status !== undefined ? { status } : {}) });
    };
    const prepared = prepare(target, options.version);
    if (typeof prepared === 'string') {
        log.warning(`Not delivering to ${url}: ${prepared}.`);
        return result({ ok: false, attempts: 0, error: prepared });
    }
    let sent = {};
    // What a receiver's error body or a network error might echo back: never shown.
    const sensitive = () => [
        target.url,
        prepared.url,
        ...prepared.secrets,
        ...Object.entries(sent)
            .filter(([name]) => name.toLowerCase() === 'authorization')
            .flatMap(([, value]) => [value, value.replace(/^\S+\s+/, '')]),
    ];
    const headersFor = (attempt) => {
        let headers;
        try {
            const resign = target.resign ?? options.resign;
            headers = (0,_http_request_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeHeaders */ .lF)(prepared.headers, target.headers, resign?.(attempt) ?? {}, {
                'Content-Type': 'application/json',
            });
        }
        catch (caught) {
            throw new AttemptNotSent(attempt, `could not sign attempt ${attempt}: ${caught instanceof Error ? caught.message : String(caught)}`);
        }
        const invalid = Object.entries(headers).find(([, value]) => /[\r\n\0]/.test(value));
        if (invalid) {
            throw new AttemptNotSent(attempt, `the ${invalid[0]} header value contains a line break or NUL`);
        }
        sent = headers;
        return headers;
    };
    try {
        const answer = await (0,_http_request_js__WEBPACK_IMPORTED_MODULE_2__/* .request */ .Em)(prepared.url, {
            method: 'POST',
            body: target.body,
            headersFor,
            label: `POST ${url} (delivery ${target.deliveryId})`,
            policy: { ..._http_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .DELIVERY_POLICY */ .SM, ...options.policy, maxAttempts, timeoutMs: options.timeoutMs },
            log,
            clock,
            ...(options.transport ? { transport: options.transport } : {}),
        });
        const status = answer.status;
        if (answer.ok) {
            log.info(`Delivered ${target.deliveryId} to ${url}: ${status} (attempt ${answer.attempts}/${maxAttempts}).`);
            return result({ ok: true, status, attempts: answer.attempts });
        }
        const text = await answer.text().catch(() => '');
        if (text)
            log.debug(`${url} answered ${status}: ${scrub(text.slice(0, MAX_ERROR_BODY), sensitive())}`);
        const reason = `${status}${answer.statusText ? ` ${answer.statusText}` : ''}`;
        if (status >= 300 && status <= 399) {
            const location = answer.headers.get('location');
            const where = location ? ` (to ${redactUrl(resolve(location, prepared.url))})` : '';
            return failed(`HTTP ${reason}: redirects are not followed${where}; use the final URL`, answer.attempts, 'not retrying', status);
        }
        const error = `HTTP ${reason}${answer.gaveUp ? `; ${answer.gaveUp}` : ''}`;
        return failed(error, answer.attempts, (0,_http_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isRetryableStatus */ .PS)(status) ? 'giving up' : 'not retrying', status);
    }
    catch (caught) {
        if (caught instanceof AttemptNotSent)
            return failed(caught.message, caught.attempt - 1, 'not sent');
        if (caught instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .RequestFailedError */ .JD) {
            const why = caught.failure.retryable ? 'giving up' : 'not retrying';
            const error = scrub(caught.failure.message, sensitive());
            return failed(error, caught.attempts, why);
        }
        if (caught instanceof _http_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr)
            return failed(caught.message, 0, 'not sent');
        throw caught;
    }
}
/** A delivery attempt that could not be built (signing failed, a header value is invalid). */
class AttemptNotSent extends Error {
    attempt;
    constructor(attempt, message) {
        super(message);
        this.attempt = attempt;
    }
}
/** Delivers every target concurrently; one failure never rejects the others. Order is kept. */
async function deliverAll(targets, options) {
    return Promise.all(targets.map((target) => deliver(target, options).catch((caught) => ({
        url: redactUrl(target.url),
        attempts: 0,
        deliveryId: target.deliveryId,
        ms: 0,
        ok: false,
        error: caught instanceof Error ? caught.message : String(caught),
    }))));
}


/***/ }),

/***/ 7172:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ji: () => (/* binding */ resultsJson),
  r6: () => (/* binding */ resultsTable),
  tN: () => (/* binding */ send),
  op: () => (/* binding */ undeliveredDirOf)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./build/version.js
var version = __webpack_require__(8508);
// EXTERNAL MODULE: ./build/webhook/deliver.js
var deliver = __webpack_require__(7103);
// EXTERNAL MODULE: ./build/webhook/sign.js
var sign = __webpack_require__(1161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./build/webhook/undelivered.js




/** Writes the file in `dir` and returns its path. */
function writeUndelivered(dir, command, deliveries) {
    const file = {
        version: 1,
        command,
        created: new Date().toISOString(),
        deliveries,
    };
    const path = (0,external_node_path_.join)(dir, `ci-relay-undelivered-${(0,external_node_crypto_.randomUUID)()}.json`);
    (0,external_node_fs_.writeFileSync)(path, JSON.stringify(file, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
    return path;
}
/** Reads and checks a file written by writeUndelivered; throws a short message when it is not one. */
function readUndelivered(path) {
    let parsed;
    try {
        parsed = JSON.parse(readFileSync(path, 'utf8'));
    }
    catch (error) {
        throw new Error(`Cannot read ${path}: ${error.message}`);
    }
    const file = parsed;
    const ok = file?.version === 1 &&
        Array.isArray(file.deliveries) &&
        file.deliveries.every((d) => typeof d?.url === 'string' &&
            typeof d.body === 'string' &&
            typeof d.deliveryId === 'string' &&
            typeof d.event === 'string' &&
            typeof d.authorization === 'boolean' &&
            SIGNATURE_SCHEMES.includes(d.signature));
    if (!ok)
        throw new Error(`${path} is not a ci-relay undelivered file (version 1).`);
    return file;
}

;// CONCATENATED MODULE: ./build/webhook/send.js
// Sending signed deliveries for the commands and tools (notify, callback, redeliver): one
// delivery per URL, each re-signed per attempt with its own id, the outcome as outputs, a summary
// table, and what failed left in a file for `ci-relay redeliver`.





/**
 * RUNNER_TEMP on a runner (gone when the job ends: upload it if you want to redeliver later);
 * CI_PROJECT_DIR in a GitLab job, where `artifacts: paths` can keep it.
 */
function undeliveredDirOf(env) {
    return env.RUNNER_TEMP || (env.GITLAB_CI === 'true' && env.CI_PROJECT_DIR) || (0,external_node_os_.tmpdir)();
}
/** Delivers every outgoing delivery concurrently; never rejects. */
async function send(outgoing, options) {
    const results = await (0,deliver/* deliverAll */.F0)(outgoing.map((o) => ({
        url: o.url,
        body: o.body,
        deliveryId: o.deliveryId,
        headers: o.authorization ? { Authorization: o.authorization } : {},
        // A fresh timestamp and signature per attempt: Standard Webhooks receivers reject
        // timestamps older than 5 minutes, and retries can take longer than that.
        resign: () => (0,sign/* sign */._S)(o.signature, o.secret, o.body, { id: o.deliveryId, event: o.event }),
    })), {
        maxAttempts: options.maxAttempts,
        timeoutMs: options.timeoutMs,
        version: version/* VERSION */.x,
        log: options.log,
    });
    const failed = outgoing
        .map((o, i) => ({ o, r: results[i] }))
        .filter(({ r }) => !r.ok);
    if (failed.length === 0)
        return { results };
    let undeliveredPath;
    if (options.undeliveredDir) {
        try {
            undeliveredPath = writeUndelivered(options.undeliveredDir, options.command, failed.map(({ o }) => ({
                url: o.url,
                body: o.body,
                deliveryId: o.deliveryId,
                signature: o.signature,
                event: o.event,
                authorization: o.authorization !== undefined,
            })));
        }
        catch (error) {
            options.log.warning(`Could not write the undelivered file: ${error.message}`);
        }
    }
    const lines = failed.map(({ r }) => `${r.url}: ${r.error ?? 'failed'} (${r.attempts} attempt${r.attempts === 1 ? '' : 's'})`);
    const left = undeliveredPath
        ? `\nWhat was not delivered is in ${undeliveredPath}: send it again with ci-relay redeliver ${undeliveredPath}.`
        : '';
    const failure = `Not delivered to ${failed.length} of ${results.length} URL${results.length === 1 ? '' : 's'}:\n${lines.join('\n')}${left}`;
    return { results, undeliveredPath, failure };
}
/** The `results` output: one object per URL, in input order. */
function resultsJson(results) {
    return JSON.stringify(results.map((r) => ({
        url: r.url,
        status_code: r.status ?? null,
        attempts: r.attempts,
        delivery_id: r.deliveryId,
        ms: r.ms,
        delivered: r.ok,
        ...(r.error !== undefined && !r.ok ? { error: r.error } : {}),
    })));
}
/** A Markdown table of the deliveries for the job summary. */
function resultsTable(results) {
    const cell = (text) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    return [
        '| URL | result | HTTP status | attempts | delivery id | time |',
        '| --- | --- | --- | --- | --- | --- |',
        ...results.map((r) => [
            '',
            cell(r.url),
            r.ok ? 'delivered' : `failed: ${cell(r.error ?? 'unknown error')}`,
            r.status ?? '–',
            r.attempts,
            `\`${r.deliveryId}\``,
            `${r.ms} ms`,
            '',
        ].join(' | ')),
    ]
        .map((row) => row.trim())
        .join('\n');
}


/***/ }),

/***/ 1161:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _S: () => (/* binding */ sign),
/* harmony export */   _i: () => (/* binding */ newDeliveryId),
/* harmony export */   oF: () => (/* binding */ secretKey),
/* harmony export */   tH: () => (/* binding */ hmacHex)
/* harmony export */ });
/* unused harmony exports SIGNATURE_SCHEMES, DEFAULT_GITHUB_EVENT, MAKE_SECRET_HINT, newSecret, standardSignature */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

const SIGNATURE_SCHEMES = [
    'standard',
    'github',
    'jobserv',
    'none',
];
/** X-GitHub-Event sent when the caller names no event: the ci-relay payload type. */
const DEFAULT_GITHUB_EVENT = 'build.completed';
const WHSEC_PREFIX = 'whsec_';
/** A fresh delivery id (UUID v4: what X-GitHub-Delivery carries, and a valid webhook-id). */
function newDeliveryId() {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)();
}
/** How to make a Standard Webhooks secret; said wherever one is refused. */
const MAKE_SECRET_HINT = 'Make one with `npx @ci-relay/cli secret` (or `echo "whsec_$(openssl rand -base64 32)"`) and give the receiver the same string.';
/** Strict base64 as the Standard Webhooks libraries decode it (padding included). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/**
 * The HMAC key of a secret. Under `standard` the secret is base64 after an optional `whsec_`
 * prefix, decoded exactly as the Standard Webhooks libraries decode it, so a receiver using them
 * with the same string accepts what ci-relay signs; a secret that is not base64 is refused.
 * Under `github` and `jobserv` (whose receivers use the secret string as it is) it is used as its
 * UTF-8 bytes. Errors never include the secret.
 */
function secretKey(secret, scheme = 'standard') {
    if (secret.length === 0)
        throw new TypeError('The webhook secret is empty.');
    if (scheme !== 'standard')
        return Buffer.from(secret, 'utf8');
    const encoded = secret.startsWith(WHSEC_PREFIX) ? secret.slice(WHSEC_PREFIX.length) : secret;
    if (!BASE64.test(encoded)) {
        throw new TypeError(`A Standard Webhooks secret is base64, optionally prefixed whsec_ (the libraries that verify it decode it so); this one is not valid base64. ${MAKE_SECRET_HINT}`);
    }
    const key = Buffer.from(encoded, 'base64');
    if (key.length === 0)
        throw new TypeError('The Standard Webhooks secret decodes to an empty key.');
    return key;
}
/** A fresh Standard Webhooks secret: `whsec_` and 32 random bytes in base64. */
function newSecret() {
    return `${WHSEC_PREFIX}${randomBytes(32).toString('base64')}`;
}
function toBuffer(body) {
    return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}
/** `v1,<base64 HMAC-SHA256 of "${id}.${timestamp}.${body}">` (the Standard Webhooks signature). */
function standardSignature(key, id, timestamp, body) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)('sha256', key)
        .update(`${id}.${timestamp}.`, 'utf8')
        .update(toBuffer(body))
        .digest('base64');
    return `v1,${digest}`;
}
function hmacHex(algorithm, key, body) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHmac)(algorithm, key).update(toBuffer(body)).digest('hex');
}
/**
 * The headers that sign `body` (the exact bytes that will be sent) under `scheme`.
 *
 * Every scheme carries `webhook-id` and `webhook-timestamp` so a receiver can de-duplicate
 * retries the Standard Webhooks way whatever the signature; `github` adds `X-GitHub-Delivery`
 * (the same id) and `X-GitHub-Event`. Throws when a signing scheme has no secret.
 */
function sign(scheme, secret, body, options = {}) {
    const id = options.id ?? newDeliveryId();
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
        throw new TypeError('The signature timestamp must be a whole number of seconds since 1970.');
    }
    if (/[\r\n]/.test(id))
        throw new TypeError('The delivery id must not contain line breaks.');
    const headers = {
        'webhook-id': id,
        'webhook-timestamp': String(timestamp),
    };
    if (scheme === 'none')
        return headers;
    if (!SIGNATURE_SCHEMES.includes(scheme)) {
        throw new TypeError(`Unknown signature scheme '${String(scheme)}'.`);
    }
    if (secret === undefined || secret === '') {
        throw new TypeError(`Signing with the '${scheme}' scheme needs a secret. Set the secret, or use signature 'none'.`);
    }
    const key = secretKey(secret, scheme);
    switch (scheme) {
        case 'standard':
            headers['webhook-signature'] = standardSignature(key, id, timestamp, body);
            break;
        case 'github':
            headers['X-Hub-Signature-256'] = `sha256=${hmacHex('sha256', key, body)}`;
            headers['X-Hub-Signature'] = `sha1=${hmacHex('sha1', key, body)}`;
            headers['X-GitHub-Event'] = options.event ?? DEFAULT_GITHUB_EVENT;
            headers['X-GitHub-Delivery'] = id;
            break;
        case 'jobserv':
            headers['X-JobServ-Sig'] = `sha256:${hmacHex('sha256', key, body)}`;
            break;
    }
    return headers;
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
