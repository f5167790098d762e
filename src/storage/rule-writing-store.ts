import type { AttemptEvent, AttemptLog } from '../core/attempt/attempt-log.ts';
import type { ReviewAttempt } from '../core/review/review-types.ts';
import type { Scorecard } from '../core/scoring/scorecard-types.ts';
import { abandoned, finished, withLog } from './attempt-changes.ts';
import type { ImportOutcome, StoredAttempt } from './attempt-store.ts';
import { importRows } from './review-rows.ts';

/** A change to one stored row: the row to store, or undefined to leave it as it is. */
export type Change = (row: StoredAttempt | undefined) => StoredAttempt | undefined;

/**
 * The writes of the attempt-store contract: the four of play, each one of the shared rules
 * in attempt-changes.ts, and the review's import (review-rows.ts). A store only says how to
 * apply a change to one row and how to add new rows; it keeps each row's summary in step.
 */
export abstract class RuleWritingStore {
  /** Wall clock for `updatedAt`. */
  protected abstract readonly now: () => number;

  /** Applies `change` to the row of `attemptId` and resolves once it is stored. */
  protected abstract write(attemptId: string, change: Change): Promise<void>;

  /**
   * Stores those of `rows` (ids unique) whose id is not stored yet, with their summaries,
   * all or none; never touches a stored row. Resolves to how many were added.
   */
  protected abstract addNew(rows: readonly StoredAttempt[]): Promise<number>;

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

  /** Stores the imported attempts whose ids are new; the rest are skipped, unchanged. */
  async importAttempts(attempts: readonly ReviewAttempt[]): Promise<ImportOutcome> {
    const rows = importRows(attempts);
    const added = rows.length === 0 ? 0 : await this.addNew(rows);
    return { added, skipped: attempts.length - added };
  }
}
