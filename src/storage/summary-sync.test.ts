import { describe, expect, it } from 'vitest';
import type { AttemptSummary } from '../core/review/review-types.ts';
import { summariesInStep } from './summary-sync.ts';

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
