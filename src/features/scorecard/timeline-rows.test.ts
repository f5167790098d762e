import { describe, expect, it } from 'vitest';
import { playSample } from './testing/sample-attempt.ts';
import { timelineRows } from './timeline-rows.ts';

describe('timelineRows', () => {
  it('lists every turn with what was said, the time against the budget and the marks', () => {
    const { turns, scorecard } = playSample([{ wait: 41_000, option: 'check' }]);
    const rows = timelineRows(scorecard, turns);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      index: 0,
      customer: expect.stringContaining('Where is it?') as unknown,
      reply: expect.stringContaining('arrives tomorrow morning') as unknown,
      time: '41 s of 30 s',
      late: true,
      feedback: 'You answered the real question and promised the next step.',
      principle: 'respond-promptly',
      better: null,
      mood: { before: 55, after: 80 },
    });
    expect(row?.marks.map((m) => [m.label, m.value, m.band])).toEqual([
      ['Tone', 100, 'good'],
      ['Promptness', 69, 'fair'],
      ['Extra mile', 100, 'good'],
    ]);
  });

  it('shows silence, the narration, and the better reply', () => {
    const { turns, scorecard } = playSample([{ wait: 60_000 }, { wait: 5_000, option: 'sorry' }]);
    const rows = timelineRows(scorecard, turns);
    expect(rows.map((r) => r.time)).toEqual(['no reply in 1 min (budget 30 s)', '5 s of 30 s']);
    expect(rows[0]).toMatchObject({
      reply: null,
      late: true,
      feedback: 'She waited and heard nothing.',
    });
    expect(rows[0]?.better?.reply).toContain('arrives tomorrow morning');
    expect(rows[1]?.narration).toBe('Two days later. Still no parcel.');
  });

  it('falls back to the scorecard alone (replies and marks) without the turns', () => {
    const { scorecard } = playSample([{ wait: 2_000, option: 'policy' }]);
    const [row] = timelineRows(scorecard);
    expect(row).toMatchObject({ reply: 'Please see our delivery policy.', time: '2 s of 30 s' });
    expect(row?.customer).toBeUndefined();
    expect(row?.marks.find((m) => m.dimension === 'extraMile')?.value).toBe(0);
  });
});
