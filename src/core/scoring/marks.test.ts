import { describe, expect, it } from 'vitest';
import { dimensionScore, overallScore, roundScore } from './dimension-score.ts';
import { extraMileMark, promptnessMark, replyTiming, toneMark } from './marks.ts';

describe('marks', () => {
  it('maps tone -2..2 onto 0..1', () => {
    expect([-2, -1, 0, 1, 2].map((tone) => toneMark({ tone }, 'reply'))).toEqual([
      0, 0.25, 0.5, 0.75, 1,
    ]);
    expect(toneMark({}, 'reply')).toBe(0.5);
    expect(toneMark({}, 'timeout')).toBeNull();
    expect(toneMark({ tone: -2 }, 'timeout')).toBe(0);
  });

  it('loses the timing mark linearly over one extra budget', () => {
    expect(replyTiming(30_000, 30_000)).toBe(1);
    expect(replyTiming(45_000, 30_000)).toBe(0.5); // 1 − 15/30
    expect(replyTiming(60_000, 30_000)).toBe(0);
    expect(replyTiming(90_000, 30_000)).toBe(0);
  });

  it('averages timing with a promptness rating only when one is given', () => {
    expect(promptnessMark(0.5, {})).toBe(0.5);
    expect(promptnessMark(0.5, { promptness: 1 })).toBe(0.625); // (0.5 + 0.75) / 2
  });

  it('counts the extra mile only where an option offers it', () => {
    expect(extraMileMark([{ extraMile: 0 }, {}], {})).toBeNull();
    expect(extraMileMark([{ extraMile: 2 }, {}], { extraMile: 1 })).toBe(0.5);
    expect(extraMileMark([{ extraMile: 2 }, {}], null)).toBe(0);
  });

  it('rounds scores half up', () => {
    expect(dimensionScore([0.625, 0.625])).toBe(63);
    expect(dimensionScore([])).toBeNull();
    expect(roundScore(62.49)).toBe(62);
    expect(
      overallScore(
        { tone: 80, promptness: null, extraMile: 50 },
        { tone: 40, promptness: 30, extraMile: 30 },
      ),
    ).toBe(
      67, // (3200 + 1500) / 70 = 67.14
    );
    expect(
      overallScore(
        { tone: null, promptness: null, extraMile: null },
        { tone: 1, promptness: 1, extraMile: 1 },
      ),
    ).toBeNull();
  });
});
