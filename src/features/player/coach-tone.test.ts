import { describe, expect, it } from 'vitest';
import type { OfferedOption, TurnRecord } from '../../core/attempt/turn-record.ts';
import { DEFAULT_SCORING } from '../../core/scenario/scenario-types.ts';
import { coachVerdict } from './coach-tone.ts';

const OFFERED: OfferedOption[] = [
  { event: 'best', reply: 'Best', meta: { tone: 2, extraMile: 1 } },
  { event: 'close', reply: 'Close', meta: { tone: 2 } },
  { event: 'cold', reply: 'Cold', meta: { tone: -2 } },
];

function turn(event: string, moodAfter = 60): TurnRecord {
  const meta = OFFERED.find((o) => o.event === event)?.meta ?? {};
  return {
    index: 0,
    state: 's',
    customer: 'Hi',
    startedT: 0,
    answeredT: 1_000,
    budgetMs: 30_000,
    offered: OFFERED,
    response: { kind: 'reply', event, meta },
    moodBefore: 50,
    moodAfter,
  };
}

describe('coachVerdict', () => {
  const { weights } = DEFAULT_SCORING;

  it('praises the best reply on offer', () => {
    expect(coachVerdict(turn('best'), weights)).toMatchObject({
      tone: 'good',
      heading: 'Well handled',
    });
  });

  it('nudges a reply close to the best, unless it upset the customer', () => {
    expect(coachVerdict(turn('close'), weights).tone).toBe('mixed');
    expect(coachVerdict(turn('close', 40), weights).tone).toBe('poor');
    const clamped = turn('close', 50);
    const meta = { ...clamped.offered[1]!.meta, mood: -10 };
    expect(
      coachVerdict({ ...clamped, response: { kind: 'reply', event: 'close', meta } }, weights).tone,
    ).toBe('poor');
  });

  it('asks to think again after a poor reply or silence', () => {
    expect(coachVerdict(turn('cold'), weights)).toMatchObject({
      tone: 'poor',
      heading: 'Think again',
    });
    const silent: TurnRecord = {
      ...turn('best'),
      response: { kind: 'timeout', state: 's', delay: 30_000, meta: {} },
    };
    expect(coachVerdict(silent, weights).tone).toBe('poor');
  });
});
