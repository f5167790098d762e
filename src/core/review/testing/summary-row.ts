import type { AttemptSummary } from '../review-types.ts';

/**
 * For tests: a finished, scored attempt summary played here, with `overrides` on top.
 * Tests that need other defaults pass them as overrides from a helper of their own.
 */
export function summaryRow(
  attemptId: string,
  overrides: Partial<AttemptSummary> = {},
): AttemptSummary {
  return {
    attemptId,
    trainee: 'Zoë',
    scenarioId: 'charged',
    scenarioFingerprint: 'fp',
    mode: 'practice',
    status: 'finished',
    startedAt: 1000,
    updatedAt: 1000,
    overall: 50,
    scores: { tone: 50, promptness: 50, extraMile: 50 },
    pass: false,
    ending: 'Kept',
    retained: true,
    review: 4,
    turns: [],
    activeMs: 0,
    verification: 'local',
    ...overrides,
  };
}
