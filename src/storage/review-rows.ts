import type { AttemptSummary, ReviewAttempt } from '../core/review/review-types.ts';
import { summarizeAttempt } from '../core/review/summarize-attempt.ts';
import type { StoredAttempt } from './attempt-store.ts';

/**
 * The rows the manager's review adds to the store, shared by the database and the memory
 * store: each attempt's summary, and imported attempts as stored rows.
 */

/**
 * The summary kept beside a stored row. Never throws: a cached scorecard of an older or
 * damaged shape must not cost the attempt its place in the review (nor fail a schema
 * upgrade), so such a row is summarised unscored until it is rescored by replay.
 */
export function summaryOf(row: StoredAttempt): AttemptSummary {
  const { log, status, updatedAt, scorecard, verification } = row;
  try {
    return summarizeAttempt({ log, status, updatedAt, scorecard, verification });
  } catch {
    const events = Array.isArray(log.events) ? log.events : [];
    return summarizeAttempt({ log: { ...log, events }, status, updatedAt, verification });
  }
}

/** An imported attempt as a stored row. Not a copy: the store copies what it keeps. */
export function fromReview(attempt: ReviewAttempt): StoredAttempt {
  const { log } = attempt;
  const row: StoredAttempt = {
    attemptId: log.attemptId,
    trainee: log.trainee,
    scenarioId: log.scenarioId,
    scenarioFingerprint: log.scenarioFingerprint,
    mode: log.mode,
    status: attempt.status,
    startedAt: log.startedAt,
    updatedAt: attempt.updatedAt,
    log,
  };
  // Absent, not undefined: a row read back equals the row the exporter wrote.
  if (attempt.scorecard !== undefined) row.scorecard = attempt.scorecard;
  if (attempt.verification !== undefined) row.verification = attempt.verification;
  return row;
}

/** Whether `value` has the one thing a store needs to key an attempt: its log's id. */
function hasAttemptId(value: unknown): value is ReviewAttempt {
  if (typeof value !== 'object' || value === null || !('log' in value)) return false;
  const { log } = value;
  return (
    typeof log === 'object' &&
    log !== null &&
    'attemptId' in log &&
    typeof log.attemptId === 'string'
  );
}

/**
 * The rows an import offers to store: one per attempt id (the first wins), in batch order.
 * Throws a plain Error naming the first item that is not an attempt, so nothing is stored.
 */
export function importRows(attempts: readonly ReviewAttempt[]): StoredAttempt[] {
  if (!Array.isArray(attempts)) {
    throw new Error('The import is not a list of attempts, so nothing was imported.');
  }
  const seen = new Set<string>();
  const rows: StoredAttempt[] = [];
  attempts.forEach((attempt, index) => {
    if (!hasAttemptId(attempt)) {
      throw new Error(
        `Item ${index + 1} of the import is not an attempt (it has no event log with an id), so nothing was imported.`,
      );
    }
    if (seen.has(attempt.log.attemptId)) return;
    seen.add(attempt.log.attemptId);
    rows.push(fromReview(attempt));
  });
  return rows;
}
