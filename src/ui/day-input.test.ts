import { describe, expect, it } from 'vitest';
import { dayStart, dayValue } from './day-input.ts';

describe('dayStart and dayValue', () => {
  it('reads a day as its local start, and the next day by the calendar', () => {
    expect(dayStart('2026-03-28')).toBe(new Date(2026, 2, 28).getTime());
    // Across a clock change the next day is still the next calendar day, not 24 h later.
    expect(dayStart('2026-03-28', 1)).toBe(new Date(2026, 2, 29).getTime());
    expect(dayStart('2026-12-31', 1)).toBe(new Date(2027, 0, 1).getTime());
    expect(dayStart('')).toBeUndefined();
    expect(dayStart('not a day')).toBeUndefined();
  });

  it('writes a time back as the day an input shows', () => {
    expect(dayValue(new Date(2026, 0, 5, 17).getTime())).toBe('2026-01-05');
    expect(dayValue(new Date(2026, 0, 5).getTime(), -1)).toBe('2026-01-04');
    expect(dayValue(undefined)).toBe('');
  });
});
