import type { AttemptLog } from '../attempt/attempt-log.ts';
import type { Scorecard } from '../scoring/scorecard-types.ts';
import type { ReviewAttempt, ReviewStatus, VerificationRecord } from './review-types.ts';

/** One attempt read from a file, checked for shape but not yet verified by replay. */
export interface ImportEntry {
  /** The file it came from, as named by the manager's browser. */
  file: string;
  /** 0-based position in a bundle or list (shown as `entry index+1`); absent for a single download. */
  entry?: number;
  /** The event log. */
  log: AttemptLog;
  /** The scorecard the file carries, if any (a bundle's unfinished attempts have none). */
  scorecard?: Scorecard;
  /** The status a bundle exported it with. */
  status?: ReviewStatus;
  /** The time of the last change a bundle exported it with (epoch ms). */
  updatedAt?: number;
  /** What an earlier import found out, when the bundle came from another review. */
  verification?: VerificationRecord;
}

/** A file, or one entry of it, that is not an attempt this app can take, and why. */
export interface Rejection {
  /** The file, as named by the manager's browser. */
  file: string;
  /** 0-based position of the entry in a bundle or list; absent when the whole file is refused. */
  entry?: number;
  /** A plain sentence, naming neither the file nor the entry (they are fields). */
  reason: string;
}

/** What reading one file found: the attempts it holds and what was refused. */
export interface AttemptFileContents {
  /** Attempts of a valid shape, in file order. */
  entries: ImportEntry[];
  /** The file or the entries that were refused. */
  rejected: Rejection[];
}

/** What an import did, for the summary shown after it. */
export interface ImportSummary {
  /** Files read. */
  files: number;
  /** Attempts to be stored (verified + altered + cannotVerify). */
  added: number;
  /** Added attempts whose log replays to the file's numbers. */
  verified: number;
  /** Added attempts whose numbers or log do not match the replay. */
  altered: number;
  /** Added attempts for a scenario version this app does not have. */
  cannotVerify: number;
  /** Attempts already stored, or earlier in the batch, with the same log: skipped. */
  duplicates: number;
  /** Files and entries refused, with the reason. */
  rejected: Rejection[];
}

/** What to store and what to tell the manager. */
export interface ImportPlan {
  /** New attempts only: nothing already stored is in here. */
  toStore: ReviewAttempt[];
  /** The counts and the rejections. */
  summary: ImportSummary;
}
