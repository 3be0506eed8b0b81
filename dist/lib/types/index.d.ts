export { VERSION } from './version.js';
export { COMMANDS, INPUTS, OUTPUTS, type CommandName, type InputSpec, type OutputSpec, } from './inputs.js';
