import { createActionsHost } from './hosts/actions.js'
import { runPost } from './run.js'

void runPost(createActionsHost())
