import type { AttemptEvent, AttemptLog } from '../core/attempt/attempt-log.ts';
import type { Scorecard } from '../core/scoring/scorecard-types.ts';
import { abandoned, finished, withLog } from './attempt-changes.ts';
import type { StoredAttempt } from './attempt-store.ts';

/** A change to one stored row: the row to store, or undefined to leave it as it is. */
export type Change = (row: StoredAttempt | undefined) => StoredAttempt | undefined;

/**
 * The four writes of the attempt-store contract, each one of the shared rules in
 * attempt-changes.ts; a store only says how to apply a change to one row.
 */
export abstract class RuleWritingStore {
  /** Wall clock for `updatedAt`. */
  protected abstract readonly now: () => number;

  /** Applies `change` to the row of `attemptId` and resolves once it is stored. */
  protected abstract write(attemptId: string, change: Change): Promise<void>;

  /** Stores a new attempt (status in-progress). */
  create(log: AttemptLog): Promise<void> {
    return this.write(log.attemptId, (row) => withLog(row, log, this.now()));
  }

  /** Stores the whole log after `event` (a stale, shorter log changes nothing). */
  record(_event: AttemptEvent, log: AttemptLog): Promise<void> {
    return this.write(log.attemptId, (row) => withLog(row, log, this.now()));
  }

  /** Marks the attempt finished and caches its scorecard. */
  finish(attemptId: string, scorecard: Scorecard): Promise<void> {
    return this.write(attemptId, (row) => finished(row, attemptId, scorecard, this.now()));
  }

  /** Marks an in-progress attempt abandoned. */
  abandon(attemptId: string): Promise<void> {
    return this.write(attemptId, (row) => abandoned(row, attemptId, this.now()));
  }
}
