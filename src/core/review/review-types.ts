import type { AttemptLog, Mode } from '../attempt/attempt-log.ts';
import type { Dimension } from '../scenario/scenario-types.ts';
import type { Scorecard } from '../scoring/scorecard-types.ts';

/**
 * The manager's review works on these shapes. They are the contract between the pure
 * review code (summaries, filters, aggregates, CSV, import and verification), the
 * storage that keeps them and the review screens.
 */

/** Where an attempt stands (the same values the attempt store uses). */
export type ReviewStatus = 'in-progress' | 'finished' | 'abandoned';

/**
 * How far an attempt's numbers can be trusted. `local`: played in this browser, scored
 * here. `verified`: imported, its log replays and its numbers match the replay.
 * `altered`: imported, and its numbers or its log do not match the replay. `cannot-verify`:
 * imported for a scenario version (fingerprint) this app does not have.
 */
export type Verification = 'local' | 'verified' | 'altered' | 'cannot-verify';

/** What an import found out about one attempt, kept with it. */
export interface VerificationRecord {
  /** The verdict. */
  status: Exclude<Verification, 'local'>;
  /** Plain sentences: what did not match ("overall is 96 in the file, 41 by replay"). */
  problems: string[];
  /** When it was imported (epoch ms). */
  importedAt: number;
  /** The file it came from, as named by the manager's browser. */
  source: string;
  /** The scorecard the file claimed, when it differs from the one replay gives. */
  claimed?: Scorecard;
}

/** One turn of an attempt, as the review needs it: what was chosen and how fast. */
export interface SummaryTurn {
  /** Id of the turn's state. */
  state: string;
  /** The option id chosen, or 'wait' when the customer's patience ran out. */
  choice: string;
  /** Active ms taken to answer; null for a timeout. */
  replyMs: number | null;
  /** The turn's reply budget in ms. */
  budgetMs: number;
  /** A better reply was on offer (the scorecard suggests one): where trainees go wrong. */
  missedBetter: boolean;
}

/**
 * One attempt flattened for the review's table, filters and charts: small enough to hold
 * 100,000 in memory (no texts beyond names and the ending's title).
 */
export interface AttemptSummary {
  /** The attempt's id (the log's attemptId). */
  attemptId: string;
  /** Trainee name as given. */
  trainee: string;
  /** Scenario id. */
  scenarioId: string;
  /** Fingerprint of the scenario version played. */
  scenarioFingerprint: string;
  /** Practice or assessment. */
  mode: Mode;
  /** In progress, finished or abandoned. */
  status: ReviewStatus;
  /** Wall-clock start (epoch ms). */
  startedAt: number;
  /** Wall-clock time of the last change (epoch ms). */
  updatedAt: number;
  /** Overall score 0..100, null when not scored (unfinished, or nothing counted). */
  overall: number | null;
  /** Each dimension's score 0..100, null when not assessed. */
  scores: Record<Dimension, number | null>;
  /** Passed (overall at or above the pass mark, as on the scorecard); null when not scored. */
  pass: boolean | null;
  /** The ending's title, null while unfinished. */
  ending: string | null;
  /** Did the customer stay; null while unfinished. */
  retained: boolean | null;
  /** Stars the customer would leave, 1..5; null while unfinished. */
  review: number | null;
  /** The turns played, in order. */
  turns: SummaryTurn[];
  /** Active ms the whole conversation took (pauses excluded). */
  activeMs: number;
  /** How far its numbers can be trusted. */
  verification: Verification;
}

/** An attempt as the review stores, exports and imports it: the log is the truth. */
export interface ReviewAttempt {
  /** The event log. */
  log: AttemptLog;
  /** In progress, finished or abandoned. */
  status: ReviewStatus;
  /** Wall-clock time of the last change (epoch ms). */
  updatedAt: number;
  /** The scorecard by this app's replay (or the file's, when it cannot be verified). */
  scorecard?: Scorecard;
  /** Present on imported attempts. */
  verification?: VerificationRecord;
}

/** What the manager narrowed the attempts table to; an absent field does not filter. */
export interface AttemptFilter {
  /** Exact trainee names (any of them). */
  trainees?: readonly string[];
  /** Scenario ids (any of them). */
  scenarioIds?: readonly string[];
  /** Started at or after (epoch ms). */
  from?: number;
  /** Started before (epoch ms). */
  to?: number;
  /** Practice or assessment. */
  mode?: Mode;
  /** Passed or failed (unscored attempts match neither). */
  pass?: boolean;
  /** Finished, in progress or abandoned. */
  status?: ReviewStatus;
  /** Trust level. */
  verification?: Verification;
  /** Free text: every word must appear in the trainee, scenario title or ending (case- and accent-insensitive). */
  query?: string;
}

/** The columns the attempts table can be sorted by. */
export type SortKey =
  'trainee' | 'scenario' | 'startedAt' | 'mode' | 'overall' | Dimension | 'pass' | 'ending';

/** A sort order: column and direction. Unscored values sort last in both directions. */
export interface AttemptSort {
  /** The column. */
  key: SortKey;
  /** Ascending or descending. */
  direction: 'asc' | 'desc';
}
