import type { AttemptQuery, StoredAttempt } from './attempt-store.ts';

/** Whether a stored attempt answers the query. */
export function matchesQuery(attempt: StoredAttempt, query: AttemptQuery): boolean {
  return (
    (query.trainee === undefined || attempt.trainee === query.trainee) &&
    (query.scenarioId === undefined || attempt.scenarioId === query.scenarioId) &&
    (query.status === undefined || attempt.status === query.status)
  );
}

/** Newest first: latest start, then latest change, then id (a stable order for equal times). */
export function newestFirst(a: StoredAttempt, b: StoredAttempt): number {
  return (
    b.startedAt - a.startedAt ||
    b.updatedAt - a.updatedAt ||
    (a.attemptId < b.attemptId ? 1 : a.attemptId > b.attemptId ? -1 : 0)
  );
}
