import type { OpenTimeout } from '../scenario/semantics.ts';

/** Which reply speed the analysis assumes: instant for the best case, as late as possible for the worst. */
export type TimingCase = 'instant' | 'slowest';

/**
 * The slowest reply a trainee can still send: just before the first timeout fires, or,
 * when nothing ever fires, late enough (two budgets) that timing earns 0.
 */
export function slowestReplyMs(budgetMs: number, timeouts: readonly OpenTimeout[]): number {
  let first = Infinity;
  for (const timeout of timeouts) first = Math.min(first, timeout.delay);
  return Number.isFinite(first) ? first : Math.max(2 * budgetMs, 1);
}

/** The reply time assumed for a turn in the given case. */
export function assumedReplyMs(
  timing: TimingCase,
  budgetMs: number,
  timeouts: readonly OpenTimeout[],
): number {
  return timing === 'instant' ? 0 : slowestReplyMs(budgetMs, timeouts);
}
