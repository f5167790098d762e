import type { AttemptEvent, AttemptLog } from '../core/attempt/attempt-log.ts';
import type { ReviewAttempt } from '../core/review/review-types.ts';
import type { Dimension } from '../core/scenario/scenario-types.ts';
import type { Scorecard } from '../core/scoring/scorecard-types.ts';

/** For storage tests: a log with `events` replies (no scenario needed: stores never replay). */
export function testLog(
  attemptId: string,
  overrides: Partial<Omit<AttemptLog, 'events'>> & { events?: number } = {},
): AttemptLog {
  const { events = 0, ...header } = overrides;
  return {
    format: 'cx-attempt/1',
    attemptId,
    scenarioId: 'chase',
    scenarioFingerprint: 'test-chase',
    engineVersion: '1.0.0',
    trainee: 'Sam',
    mode: 'practice',
    startedAt: 1_700_000_000_000,
    ...header,
    events: Array.from({ length: events }, (_, i) => testEvent(i)),
  };
}

/** The i-th reply of a test log. */
export function testEvent(i: number): AttemptEvent {
  return {
    type: 'reply',
    t: 1000 * (i + 1),
    at: 1_700_000_000_000 + 1000 * (i + 1),
    option: `o${i}`,
  };
}

/** A log with one more event. */
export function withEvent(log: AttemptLog): AttemptLog {
  return { ...log, events: [...log.events, testEvent(log.events.length)] };
}

/** A scorecard with every dimension at `overall` and one turn (stores keep it as is; summaries read it). */
export function testScorecard(overall: number): Scorecard {
  const dimension = (key: Dimension) => ({
    dimension: key,
    label: key,
    score: overall,
    pass: overall >= 60,
    weight: 1,
    contributions: [],
    summary: '',
  });
  return {
    overall,
    pass: overall >= 60,
    passMark: 60,
    weights: { tone: 1, promptness: 1, extraMile: 1 },
    dimensions: {
      tone: dimension('tone'),
      promptness: dimension('promptness'),
      extraMile: dimension('extraMile'),
    },
    turns: [
      {
        index: 0,
        state: 'greet',
        choice: 'o0',
        reply: 'Hello',
        replyMs: 1000,
        budgetMs: 8000,
        marks: { tone: 1, promptness: 1, extraMile: null },
        value: 1,
        betterReply: null,
      },
    ],
    ending: { title: 'Stayed', retained: true, review: 4 },
    engineVersion: '1.0.0',
  };
}

/** For import tests: an attempt as a review bundle holds it, finished and verified. */
export function testReviewAttempt(
  attemptId: string,
  overrides: Partial<Omit<AttemptLog, 'events'>> & { events?: number; overall?: number } = {},
): ReviewAttempt {
  const { overall = 75, ...log } = overrides;
  return {
    log: testLog(attemptId, { events: 2, ...log }),
    status: 'finished',
    updatedAt: 1_700_000_100_000,
    scorecard: testScorecard(overall),
    verification: {
      status: 'verified',
      problems: [],
      importedAt: 1_700_000_200_000,
      source: 'bundle.json',
    },
  };
}
