import { describe, expect, it } from 'vitest';
import { scorm12Time, scorm12Timespan } from './scorm12-time.ts';

describe('scorm12Timespan', () => {
  it('writes HHHH:MM:SS.SS', () => {
    expect(scorm12Timespan(0)).toBe('0000:00:00.00');
    expect(scorm12Timespan(62_504)).toBe('0000:01:02.50');
    expect(scorm12Timespan(3_600_000 * 12 + 60_000 * 34 + 56_789)).toBe('0012:34:56.79');
  });

  it('rounds to the hundredth and carries into the next second', () => {
    expect(scorm12Timespan(59_996)).toBe('0000:01:00.00');
  });

  it('treats nonsense as zero and caps at the largest value the type holds', () => {
    expect(scorm12Timespan(-5)).toBe('0000:00:00.00');
    expect(scorm12Timespan(Number.NaN)).toBe('0000:00:00.00');
    expect(scorm12Timespan(Number.POSITIVE_INFINITY)).toBe('0000:00:00.00');
    expect(scorm12Timespan(3_600_000 * 20_000)).toBe('9999:59:59.99');
  });
});

describe('scorm12Time', () => {
  it('writes the local time of day as HH:MM:SS', () => {
    expect(scorm12Time(new Date(2026, 10, 22, 9, 5, 7))).toBe('09:05:07');
  });
});
