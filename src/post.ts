import { postStepHasWork } from './step-state.js'

// Most post steps have nothing to do (main revoked its tokens): they read the state the runner
// passes as STATE_* variables and exit here, before loading @actions/core, Octokit or a command.
if (postStepHasWork((name) => process.env[`STATE_${name}`] ?? '')) {
  void Promise.all([import('./hosts/actions.js'), import('./run.js')]).then(
    ([{ createActionsHost }, { runPost }]) => runPost(createActionsHost()),
  )
}
