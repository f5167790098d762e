import type { AttemptLog } from '../attempt/attempt-log.ts';
import type { Scorecard } from '../scoring/scorecard-types.ts';

/** What a downloaded attempt holds: the log (the truth) and the scorecard computed from it. */
export interface AttemptFile {
  /** The attempt's event log. */
  attempt: AttemptLog;
  /** Its scorecard. */
  scorecard: Scorecard;
}
