import type { IndexableType } from 'dexie';
import type { AttemptSummary } from '../core/review/review-types.ts';
import type { AttemptDatabase } from './attempt-database.ts';
import { summaryOf } from './review-rows.ts';

/**
 * Keeps the summaries table in step with the attempts table when a page older than
 * schema version 2 (a tab opened before the upgrade) has written attempts without them.
 */

/**
 * Whether the summaries read answer every attempt as it is now: as many of them as attempts,
 * and the latest change of an attempt is the latest change summarised. Every write of an
 * older page adds an attempt or moves its `updatedAt` to now, so it fails this check; only
 * two tabs writing within the same millisecond could slip past it.
 */
export function summariesInStep(
  summaries: readonly AttemptSummary[],
  attemptCount: number,
  latestUpdatedAt: IndexableType | undefined,
): boolean {
  if (summaries.length !== attemptCount) return false;
  if (attemptCount === 0) return true;
  let latest = -Infinity;
  for (const summary of summaries) if (summary.updatedAt > latest) latest = summary.updatedAt;
  return latest === latestUpdatedAt;
}

/**
 * Every attempt's summary: `known` where it matches the attempt's `updatedAt`, a new one
 * where it does not (or is missing); a summary without an attempt is left out. Call it
 * inside a transaction over both tables; with `store` (a read-write one) the new summaries
 * are written and the orphans deleted.
 */
export async function reconcileSummaries(
  db: AttemptDatabase,
  known: readonly AttemptSummary[],
  store: boolean,
): Promise<AttemptSummary[]> {
  const byId = new Map(known.map((summary) => [summary.attemptId, summary]));
  const current = new Map<string, AttemptSummary>();
  const stale: string[] = [];
  // Keys only (the updatedAt index): no event log is read for an attempt already in step.
  await db.attempts.orderBy('updatedAt').eachKey((updatedAt, cursor) => {
    const attemptId = String(cursor.primaryKey);
    const summary = byId.get(attemptId);
    if (summary?.updatedAt === updatedAt) current.set(attemptId, summary);
    else stale.push(attemptId);
  });
  const rows = await db.attempts.bulkGet(stale);
  const fresh = rows.filter((row) => row !== undefined).map(summaryOf);
  for (const summary of fresh) current.set(summary.attemptId, summary);
  if (store) {
    const orphans = known.map((s) => s.attemptId).filter((id) => !current.has(id));
    await Promise.all([db.summaries.bulkPut(fresh), db.summaries.bulkDelete(orphans)]);
  }
  return [...current.values()];
}
