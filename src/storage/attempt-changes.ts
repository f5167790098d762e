import type { AttemptLog } from '../core/attempt/attempt-log.ts';
import type { Scorecard } from '../core/scoring/scorecard-types.ts';
import type { StoredAttempt } from './attempt-store.ts';

/**
 * The pure rules of every write, shared by the database and the memory store:
 * each takes the attempt as stored (or undefined) and returns the row to store,
 * or `undefined` when nothing must change. No rule ever drops events.
 */

/** `finish` or `abandon` named an attempt that is not stored. */
export class MissingAttemptError extends Error {
  constructor(attemptId: string) {
    super(`there is no stored attempt '${attemptId}'`);
    this.name = 'MissingAttemptError';
  }
}

/** A deep copy, so no caller can change a stored row by keeping a reference. */
export function copyStored(attempt: StoredAttempt): StoredAttempt {
  return structuredClone(attempt);
}

/** A new in-progress row for `log`. */
function fromLog(log: AttemptLog, now: number): StoredAttempt {
  return {
    attemptId: log.attemptId,
    trainee: log.trainee,
    scenarioId: log.scenarioId,
    scenarioFingerprint: log.scenarioFingerprint,
    mode: log.mode,
    status: 'in-progress',
    startedAt: log.startedAt,
    updatedAt: now,
    log: structuredClone(log),
  };
}

/**
 * Stores the whole log. A log shorter than the stored one is stale (another tab, a
 * late save) and is ignored; the status is kept (a stale tab never revives an attempt).
 */
export function withLog(
  current: StoredAttempt | undefined,
  log: AttemptLog,
  now: number,
): StoredAttempt | undefined {
  if (current === undefined) return fromLog(log, now);
  if (current.log.events.length > log.events.length) return undefined;
  return { ...current, log: structuredClone(log), updatedAt: now };
}

/** Marks the attempt finished with its scorecard (again: the newer scorecard wins). */
export function finished(
  current: StoredAttempt | undefined,
  attemptId: string,
  scorecard: Scorecard,
  now: number,
): StoredAttempt {
  if (current === undefined) throw new MissingAttemptError(attemptId);
  return { ...current, status: 'finished', scorecard: structuredClone(scorecard), updatedAt: now };
}

/** Marks an in-progress attempt abandoned; finished or abandoned ones stay as they are. */
export function abandoned(
  current: StoredAttempt | undefined,
  attemptId: string,
  now: number,
): StoredAttempt | undefined {
  if (current === undefined) throw new MissingAttemptError(attemptId);
  if (current.status !== 'in-progress') return undefined;
  return { ...current, status: 'abandoned', updatedAt: now };
}
