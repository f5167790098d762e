import type { AttemptEvent, AttemptLog } from '../core/attempt/attempt-log.ts';
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

/** A scorecard-shaped value (stores keep it as is). */
export function testScorecard(overall: number): Scorecard {
  return { overall, pass: overall >= 60, engineVersion: '1.0.0' } as unknown as Scorecard;
}
