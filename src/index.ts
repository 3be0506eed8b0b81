// The library: what receivers and other tools import from '@ci-relay/cli'.
export { VERSION } from './version.js'
export {
  COMMANDS,
  INPUTS,
  OUTPUTS,
  type CommandName,
  type InputSpec,
  type OutputSpec,
} from './inputs.js'
export {
  RELAY_KEY,
  RelaySignatureError,
  signRelay,
  verifyRelay,
  type RelayStamp,
  type VerifyRelayOptions,
} from './relay-signature.js'
export {
  sign,
  newDeliveryId,
  newSecret,
  SIGNATURE_SCHEMES,
  type SignatureScheme,
  type SignOptions,
} from './webhook/sign.js'
export {
  verify,
  WebhookVerificationError,
  DEFAULT_TOLERANCE_SECONDS,
  type IncomingHeaders,
  type Secrets,
  type VerifyOptions,
} from './webhook/verify.js'
export {
  verifyIdentity,
  IDENTITY_ALGORITHMS,
  type IdentityExpectations,
} from './webhook/identity.js'
