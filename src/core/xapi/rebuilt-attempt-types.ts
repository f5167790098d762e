// The shapes of an attempt rebuilt from its statements, or of a registration that cannot be.
import type { AttemptLog } from '../attempt/attempt-log.ts';
import type { TurnMarks } from '../scoring/marks.ts';
import type { AttemptStatus } from './attempt-statements.ts';
import type { ClaimedEnding, ClaimedScores } from './read-statement-types.ts';

/** A turn as its statement claims it was answered and marked. */
export interface ClaimedTurn {
  /** The option id chosen, or 'wait' when the customer's patience ran out. */
  choice: string;
  /** The marks the statement gives it. */
  marks: TurnMarks;
}

/** The result a finished attempt's statements claim, for a verifier to hold against replay. */
export interface ClaimedResult extends ClaimedScores {
  /** Overall score, 0..100, or null when the attempt was not scored. */
  overall: number | null;
  /** Passed (true) or failed (false), or null when not scored. */
  pass: boolean | null;
  /** The ending reached, or null when the statements name none. */
  ending: ClaimedEnding | null;
}

/** One attempt rebuilt from its statements. */
export interface RebuiltAttempt {
  /** Discriminant: the statements gave a whole attempt. */
  ok: true;
  /** The xAPI registration. */
  registration: string;
  /** The attempt log, as the app recorded it. */
  log: AttemptLog;
  /** In progress (no end statement yet), finished or abandoned. */
  status: AttemptStatus;
  /** Each turn's claimed choice and marks, in order. */
  turns: ClaimedTurn[];
  /** The claimed result, when finished. */
  result?: ClaimedResult;
  /** Distinct statements it was rebuilt from. */
  statements: number;
  /** What is missing without harm (an initialized or terminated statement). */
  notes: string[];
}

/** A registration whose statements do not make an attempt, and why. */
export interface BrokenAttempt {
  /** Discriminant: the statements are incomplete or contradict each other. */
  ok: false;
  /** The xAPI registration. */
  registration: string;
  /** The attempt id, when a statement names it. */
  attemptId?: string;
  /** Each problem, as a sentence starting with the registration. */
  errors: string[];
}
