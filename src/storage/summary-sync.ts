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

/** The order of the attempts' `updatedAt` index: by updatedAt, then by id (as IndexedDB compares strings). */
function indexOrder(a: AttemptSummary, b: AttemptSummary): number {
  return (
    a.updatedAt - b.updatedAt ||
    (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0)
  );
}

/**
 * The attempts whose summary may be out of date, from `order` (attempt ids as the
 * `updatedAt` index lists them): those without a summary, and those whose neighbour before
 * them differs from the one the summaries give, since a rewritten attempt moves in that order.
 */
export function suspects(order: readonly string[], known: readonly AttemptSummary[]): string[] {
  const sorted = [...known].sort(indexOrder);
  const before = new Map<string, string | null>();
  sorted.forEach((summary, i) => before.set(summary.attemptId, sorted[i - 1]?.attemptId ?? null));
  return order.filter((id, i) => before.get(id) !== (order[i - 1] ?? null));
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
  const order = (await db.attempts.orderBy('updatedAt').primaryKeys()).map(String);
  const place = new Map(order.map((id, i) => [id, i]));
  const byId = new Map(known.map((summary) => [summary.attemptId, summary]));
  const fresh: AttemptSummary[] = [];
  const checked = new Set<string>();
  let check = suspects(order, known);
  // Attempts rewritten together keep their neighbour: the one after a stale one is checked too.
  while (check.length > 0) {
    for (const id of check) checked.add(id);
    const next: string[] = [];
    for (const row of await db.attempts.bulkGet(check)) {
      if (row === undefined || byId.get(row.attemptId)?.updatedAt === row.updatedAt) continue;
      fresh.push(summaryOf(row));
      const after = order[(place.get(row.attemptId) ?? -2) + 1];
      if (after !== undefined && !checked.has(after)) next.push(after);
    }
    check = next;
  }
  for (const summary of fresh) byId.set(summary.attemptId, summary);
  const orphans = known.map((s) => s.attemptId).filter((id) => !place.has(id));
  for (const id of orphans) byId.delete(id);
  if (store) await Promise.all([db.summaries.bulkPut(fresh), db.summaries.bulkDelete(orphans)]);
  return [...byId.values()];
}
