/**
 * The cmi5 runtime the app calls: read the launch parameters, then start the session.
 * See README.md in this folder for when to call what.
 */
export {
  parseCmi5Launch,
  type Cmi5LaunchParams,
  type Cmi5LaunchResult,
} from './cmi5-launch-params.ts';
export {
  startCmi5Session,
  type Cmi5Report,
  type Cmi5Session,
  type Cmi5Start,
  type StartCmi5Options,
} from './cmi5-session.ts';
export type { LmsResult } from './lms-result.ts';
