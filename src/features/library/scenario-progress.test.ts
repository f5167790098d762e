import { describe, expect, it } from 'vitest';
import type { StoredAttempt } from '../../storage/attempt-store.ts';
import { finishedNewestFirst, progressByScenario } from './scenario-progress.ts';
import { storedAttempt } from './testing/attempt-fixtures.ts';

const cachedScorecard = (a: StoredAttempt) => a.scorecard;

describe('progressByScenario', () => {
  it('gives the best overall of finished attempts only, with the attempt that earned it', () => {
    const poor = storedAttempt({ id: 'poor', reply: 'shrug', startedAt: 3 });
    const good = storedAttempt({ id: 'good', reply: 'help', startedAt: 2 });
    const abandoned = storedAttempt({ id: 'ab', reply: 'help', status: 'abandoned' });
    const progress = progressByScenario([poor, good, abandoned], cachedScorecard).get('one-turn');
    expect(good.scorecard?.overall).toBeGreaterThan(poor.scorecard?.overall ?? 100);
    expect(progress?.best).toEqual({
      overall: good.scorecard?.overall,
      pass: true,
      attemptId: 'good',
    });
    expect(progress?.finished).toBe(2);
    expect(progress?.inProgress).toBeUndefined();
  });

  it('offers the most recently touched attempt in progress', () => {
    const older = { ...storedAttempt({ id: 'old' }), updatedAt: 10 };
    const newer = { ...storedAttempt({ id: 'new' }), updatedAt: 20 };
    const progress = progressByScenario([older, newer], cachedScorecard).get('one-turn');
    expect(progress?.inProgress?.attemptId).toBe('new');
    expect(progress?.best).toBeUndefined();
  });

  it('counts a finished attempt without a score but gives no best score', () => {
    const unscored = storedAttempt({ id: 'x', reply: 'help' });
    const progress = progressByScenario([unscored], () => undefined).get('one-turn');
    expect(progress).toEqual({ best: undefined, finished: 1, inProgress: undefined });
  });

  it('has no entry for a scenario never tried', () => {
    expect(progressByScenario([], cachedScorecard).size).toBe(0);
  });
});

describe('finishedNewestFirst', () => {
  it('keeps finished attempts, newest start first', () => {
    const list = [
      storedAttempt({ id: 'a', reply: 'help', startedAt: 1 }),
      storedAttempt({ id: 'b', startedAt: 5 }),
      storedAttempt({ id: 'c', reply: 'shrug', startedAt: 3 }),
    ];
    expect(finishedNewestFirst(list).map((a) => a.attemptId)).toEqual(['c', 'a']);
  });
});
