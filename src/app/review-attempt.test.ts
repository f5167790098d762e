import { describe, expect, it } from 'vitest';
import { ONE_TURN, storedAttempt } from '../features/library/testing/attempt-fixtures.ts';
import { reviewAttempt } from './review-attempt.ts';

describe('reviewAttempt', () => {
  const attempt = storedAttempt({ id: 'a', reply: 'help' });

  it('replays the log for the turns and keeps the current cached scorecard', () => {
    const review = reviewAttempt(attempt, ONE_TURN);
    expect(review?.source).toBe('cache');
    expect(review?.scorecard).toBe(attempt.scorecard);
    expect(review?.turns.map((t) => t.state)).toEqual(['one-turn.ask']);
  });

  it('shows no turns when the scenario is gone, but still the cached scorecard', () => {
    const review = reviewAttempt(attempt, undefined);
    expect(review?.turns).toEqual([]);
    expect(review?.scorecard).toBe(attempt.scorecard);
  });
});
