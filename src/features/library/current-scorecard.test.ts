import { describe, expect, it } from 'vitest';
import { currentScorecard } from './current-scorecard.ts';
import { ONE_TURN, storedAttempt } from './testing/attempt-fixtures.ts';

describe('currentScorecard', () => {
  const fresh = storedAttempt({ id: 'a', reply: 'help' });

  it('uses the cached scorecard when this engine version wrote it', () => {
    const result = currentScorecard(fresh, ONE_TURN);
    expect(result?.source).toBe('cache');
    expect(result?.scorecard).toBe(fresh.scorecard);
  });

  it('replays the log when the cache is stale or missing, to the same numbers', () => {
    const cached = fresh.scorecard;
    if (cached === undefined) throw new Error('fixture has a scorecard');
    const stale = { ...fresh, scorecard: { ...cached, overall: 1, engineVersion: '0.0.1' } };
    const replayed = currentScorecard(stale, ONE_TURN);
    expect(replayed?.source).toBe('replay');
    expect(replayed?.scorecard).toEqual(cached);

    const { scorecard: _dropped, ...missing } = fresh;
    expect(currentScorecard(missing, ONE_TURN)).toEqual({ scorecard: cached, source: 'replay' });
  });

  it('keeps an old cache when the log no longer replays or the scenario is gone', () => {
    const cached = fresh.scorecard;
    if (cached === undefined) throw new Error('fixture has a scorecard');
    const old = { ...cached, engineVersion: '0.0.1' };
    const broken = {
      ...fresh,
      scorecard: old,
      log: { ...fresh.log, events: [{ type: 'reply' as const, option: 'gone', t: 5, at: 5 }] },
    };
    expect(currentScorecard(broken, ONE_TURN)).toEqual({ scorecard: old, source: 'stale' });
    expect(currentScorecard({ ...fresh, scorecard: old }, undefined)?.source).toBe('stale');
    const { scorecard: _dropped, ...bare } = fresh;
    expect(currentScorecard(bare, undefined)).toBeUndefined();
  });
});
