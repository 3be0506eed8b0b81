export { VERSION } from './version.js';
export { COMMANDS, INPUTS, OUTPUTS, type CommandName, type InputSpec, type OutputSpec, } from './inputs.js';
export { RELAY_KEY, RelaySignatureError, signRelay, verifyRelay, type RelayStamp, type VerifyRelayOptions, } from './relay-signature.js';
