import { describe, expect, it } from 'vitest';
import { formatSpan, timeAgainstBudget } from './format-span.ts';

describe('formatSpan', () => {
  it('keeps a decimal for quick replies only', () => {
    expect(formatSpan(0)).toBe('0 s');
    expect(formatSpan(2_540)).toBe('2.5 s');
    expect(formatSpan(9_000)).toBe('9 s');
    expect(formatSpan(41_400)).toBe('41 s');
    expect(formatSpan(-3)).toBe('0 s');
  });

  it('says minutes and hours the way people do', () => {
    expect(formatSpan(60_000)).toBe('1 min');
    expect(formatSpan(125_000)).toBe('2 min 5 s');
    expect(formatSpan(3_600_000)).toBe('1 h');
    expect(formatSpan(4_800_000)).toBe('1 h 20 min');
  });
});

describe('timeAgainstBudget', () => {
  it('reads like the scorecard', () => {
    expect(timeAgainstBudget(41_000, 30_000)).toBe('41 s of 30 s');
    expect(timeAgainstBudget(95_000, 180_000)).toBe('1 min 35 s of 3 min');
  });
});
