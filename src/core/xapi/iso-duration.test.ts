import { describe, expect, it } from 'vitest';
import { isoDuration } from './iso-duration.ts';

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [1, 'PT0.001S'],
    [4_000, 'PT4S'],
    [4_500, 'PT4.5S'],
    [59_999, 'PT59.999S'],
    [60_000, 'PT1M'],
    [61_010, 'PT1M1.01S'],
    [3_600_000, 'PT1H'],
    [3_723_456, 'PT1H2M3.456S'],
    [90_000_000, 'PT25H'],
    [1.6, 'PT0.002S'],
    [-5, 'PT0S'],
    [Number.NaN, 'PT0S'],
  ])('%s ms is %s', (ms, text) => {
    expect(isoDuration(ms)).toBe(text);
  });
});
