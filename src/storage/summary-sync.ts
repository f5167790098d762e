import type { IndexableType } from 'dexie';
import type { AttemptSummary } from '../core/review/review-types.ts';
import type { AttemptDatabase } from './attempt-database.ts';
import { summaryOf } from './review-rows.ts';

/**
 * Keeps the summaries table in step with the attempts table when a page older than
 * schema version 2 (a tab opened before the upgrade, still running) has written attempts
 * without their summaries. Only ids and index keys are compared: no cursor (slow over
 * 100,000 rows) and no event log is read for an attempt whose summary is current.
 */

/**
 * Whether the summaries read answer every attempt as it is now: as many of them as attempts,
 * and the latest change of an attempt is the latest change summarised. An older page's write
 * adds an attempt or moves its `updatedAt` to now, so it fails this check; only two tabs
 * writing within the same millisecond could slip past it.
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
  // The index gives every attempt's updatedAt without reading a row: the keys and the
  // primary keys of the same ordered index come in the same order.
  const [times, keys] = await Promise.all([
    db.attempts.orderBy('updatedAt').keys(),
    db.attempts.orderBy('updatedAt').primaryKeys(),
  ]);
  const order = keys.map(String);
  const present = new Set(order);
  const byId = new Map(known.map((summary) => [summary.attemptId, summary]));
  // Missing, or older than its attempt: whichever attempt an old tab rewrote, the newest too.
  const stale = order.filter((id, i) => byId.get(id)?.updatedAt !== times[i]);
  const fresh: AttemptSummary[] = [];
  for (const row of await db.attempts.bulkGet(stale)) {
    if (row !== undefined) fresh.push(summaryOf(row));
  }
  for (const summary of fresh) byId.set(summary.attemptId, summary);
  const orphans = known.map((s) => s.attemptId).filter((id) => !present.has(id));
  for (const id of orphans) byId.delete(id);
  if (store) await Promise.all([db.summaries.bulkPut(fresh), db.summaries.bulkDelete(orphans)]);
  return [...byId.values()];
}
