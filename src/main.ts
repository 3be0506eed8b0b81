import { createActionsHost } from './hosts/actions.js'
import { runMain } from './run.js'

void runMain(createActionsHost())
