import { describe, expect, it } from 'vitest';
import type { AttemptSummary } from '../core/review/review-types.ts';
import { summariesInStep, suspects } from './summary-sync.ts';

/** A summary with only what the sync compares. */
const summary = (attemptId: string, updatedAt: number): AttemptSummary =>
  ({ attemptId, updatedAt }) as AttemptSummary;

const known = [summary('a', 1), summary('b', 2), summary('c', 3), summary('d', 4)];

describe('summariesInStep', () => {
  it('holds when the counts and the latest change agree', () => {
    expect(summariesInStep(known, 4, 4)).toBe(true);
    expect(summariesInStep([], 0, undefined)).toBe(true);
  });

  it('fails on a missing summary or a later change of an attempt', () => {
    expect(summariesInStep(known, 5, 4)).toBe(false);
    expect(summariesInStep(known, 4, 9)).toBe(false);
  });
});

describe('suspects', () => {
  it('names none when the attempts are in the order the summaries give', () => {
    expect(suspects(['a', 'b', 'c', 'd'], known)).toEqual([]);
  });

  it('names attempts without a summary and those whose neighbour before them moved', () => {
    // b was rewritten (now last) and e is new.
    expect(suspects(['a', 'c', 'd', 'b', 'e'], known)).toEqual(['c', 'b', 'e']);
  });

  it('orders equal times by id, as the index does', () => {
    const same = [summary('y', 5), summary('x', 5)];
    expect(suspects(['x', 'y'], same)).toEqual([]);
  });
});
