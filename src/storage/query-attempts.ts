import type { AttemptQuery, StoredAttempt } from './attempt-store.ts';

/** Whether a stored attempt answers the query. */
export function matchesQuery(attempt: StoredAttempt, query: AttemptQuery): boolean {
  return (
    (query.trainee === undefined || attempt.trainee === query.trainee) &&
    (query.scenarioId === undefined || attempt.scenarioId === query.scenarioId) &&
    (query.status === undefined || attempt.status === query.status)
  );
}

/** What {@link newestFirst} orders by: stored rows and their summaries alike. */
export type Dated = Pick<StoredAttempt, 'attemptId' | 'startedAt' | 'updatedAt'>;

/** Newest first: latest start, then latest change, then id (a stable order for equal times). */
export function newestFirst(a: Dated, b: Dated): number {
  return (
    b.startedAt - a.startedAt ||
    b.updatedAt - a.updatedAt ||
    (a.attemptId < b.attemptId ? 1 : a.attemptId > b.attemptId ? -1 : 0)
  );
}
