import { describe, expect, it } from 'vitest';
import type { OfferedOption, TurnRecord } from '../attempt/turn-record.ts';
import type { ReplyMeta } from '../scenario/scenario-types.ts';
import { loadedFrom } from '../testing/loaded-from.ts';
import { scoreAttempt } from './score-attempt.ts';

const loaded = loadedFrom({ id: 'fixture', initial: 'a', states: { a: { type: 'final' } } });

const option = (event: string, meta: ReplyMeta): OfferedOption => ({
  event,
  reply: meta.reply ?? event,
  meta,
});

const x = option('x', { reply: 'I checked it for you', tone: 2, extraMile: 2 });
const y = option('y', { reply: 'See the FAQ', tone: -1 });
const p = option('p', { reply: 'Answer now', tone: 1, promptness: 2, feedback: 'Do it now.' });
const q = option('q', { reply: 'Wait until Monday', tone: 0, promptness: -2 });
const r = option('r', {
  reply: 'Refund before asked',
  tone: 0,
  extraMile: 1,
  feedback: 'Fix it first.',
});
const s = option('s', { reply: 'Lovely to hear from you', tone: 2 });

function turn(
  index: number,
  state: string,
  offered: OfferedOption[],
  response: TurnRecord['response'],
  ms: number,
): TurnRecord {
  const startedT = index * 100_000;
  return {
    index,
    state,
    customer: '...',
    startedT,
    answeredT: startedT + ms,
    budgetMs: 30_000,
    offered,
    response,
    moodBefore: 50,
    moodAfter: 50,
  };
}

const reply = (o: OfferedOption): TurnRecord['response'] => ({
  kind: 'reply',
  event: o.event,
  meta: o.meta,
});

// Turn 0: x in 12 s. Turn 1: p in 41 s. Turn 2: silence until the 45 s timeout (promptness −1, no tone).
const turns: TurnRecord[] = [
  turn(0, 'a', [x, y], reply(x), 12_000),
  turn(1, 'b', [p, q], reply(p), 41_000),
  turn(
    2,
    'c',
    [r, s],
    { kind: 'timeout', state: 'c', delay: 45_000, meta: { promptness: -1, mood: -10 } },
    45_000,
  ),
];

describe('scoreAttempt', () => {
  const card = scoreAttempt(loaded, turns, { title: 'Kept', retained: true, review: 4 });

  it('marks tone as (tone + 2) / 4 and skips a timeout without tone', () => {
    // Turn 0: (2+2)/4 = 1. Turn 1: (1+2)/4 = 0.75. Turn 2: timeout, no tone: not counted.
    expect(card.turns.map((t) => t.marks.tone)).toEqual([1, 0.75, null]);
    // mean (1 + 0.75) / 2 = 0.875 -> 87.5 -> 88 (half up)
    expect(card.dimensions.tone.score).toBe(88);
  });

  it('marks promptness from reply time against the budget, mixed with the promptness rating', () => {
    const [t0, t1, t2] = card.turns.map((t) => t.marks.promptness ?? NaN);
    // 12 s within 30 s: 1.
    expect(t0).toBe(1);
    // 41 s against 30 s: timing 1 − 11/30 = 0.6333; promptness +2 -> (2+2)/4 = 1; (0.6333 + 1) / 2 = 0.8167.
    expect(t1).toBeCloseTo((1 - 11 / 30 + 1) / 2, 12);
    // timeout: timing 0; promptness −1 -> (−1+2)/4 = 0.25; (0 + 0.25) / 2 = 0.125.
    expect(t2).toBe(0.125);
    // (1 + 0.8167 + 0.125) / 3 = 0.6472 -> 65
    expect(card.dimensions.promptness.score).toBe(65);
  });

  it('marks the extra mile only at opportunities, relative to the best offered', () => {
    // Turn 0: 2 of a possible 2 = 1. Turn 1: no option goes the extra mile: null. Turn 2: timeout at an opportunity: 0.
    expect(card.turns.map((t) => t.marks.extraMile)).toEqual([1, null, 0]);
    expect(card.dimensions.extraMile.score).toBe(50);
  });

  it('weights the dimension scores into the overall and passes against the pass mark', () => {
    // (40 × 88 + 30 × 65 + 30 × 50) / 100 = (3520 + 1950 + 1500) / 100 = 69.7 -> 70 ≥ 70.
    expect(card.overall).toBe(70);
    expect(card.pass).toBe(true);
    expect(card.passMark).toBe(70);
    expect([
      card.dimensions.tone.pass,
      card.dimensions.promptness.pass,
      card.dimensions.extraMile.pass,
    ]).toEqual([true, false, false]);
  });

  it('explains every contribution with its points', () => {
    const tone = card.dimensions.tone.contributions;
    // 100 × 1 / 2 = 50 points, 100 × 0.75 / 2 = 37.5 points.
    expect(tone.map((c) => [c.turn, c.state, c.points])).toEqual([
      [0, 'a', 50],
      [1, 'b', 37.5],
    ]);
    expect(tone[0]?.text).toBe('Turn 1: "I checked it for you" sounds warm (tone +2): 1.00');
    expect(card.dimensions.promptness.contributions[1]?.text).toBe(
      'Turn 2: you replied in 41 s against a 30 s budget (\u221237 %), and chose "Answer now" (promptness +2): 0.82',
    );
    expect(card.dimensions.promptness.contributions[2]?.text).toBe(
      'Turn 3: no reply before the customer moved on after 45 s (timing 0), and waiting is rated (promptness \u22121): 0.13',
    );
    expect(card.dimensions.extraMile.contributions[1]?.text).toBe(
      'Turn 3: you said nothing while "Refund before asked" would have gone the extra mile (1): 0.00',
    );
    expect(card.dimensions.extraMile.summary).toContain('below the pass mark of 70');
  });

  it('suggests the best offered reply after a timeout, valued on time', () => {
    // r: tone 0.5, promptness 1, extra mile 1 -> (40×0.5 + 30 + 30)/100 = 0.8; s: (40 + 30 + 0)/100 = 0.7.
    const better = card.turns[2]?.betterReply;
    expect(better?.event).toBe('r');
    expect(better?.value).toBeCloseTo(0.8, 12);
    expect(better?.chosenValue).toBeNull();
    expect(better?.feedback).toBe('Fix it first.');
  });

  it('suggests nothing when the chosen reply is already the best', () => {
    expect(card.turns[0]?.betterReply).toBeNull();
    expect(card.turns[1]?.betterReply).toBeNull();
  });

  it('suggests a better reply than a worse choice', () => {
    const slow = scoreAttempt(loaded, [turn(0, 'b', [p, q], reply(q), 5_000)]);
    // q on time: tone 0.5, promptness (1 + 0)/2 = 0.5 -> (20 + 15)/70 = 0.5; p: (30 + 30)/70 = 0.857.
    expect(slow.turns[0]?.betterReply?.event).toBe('p');
    expect(slow.turns[0]?.betterReply?.chosenValue).toBeCloseTo(0.5, 12);
    expect(slow.turns[0]?.betterReply?.value).toBeCloseTo(60 / 70, 12);
  });

  it('leaves out unassessed dimensions from the overall', () => {
    const one = scoreAttempt(loaded, [turns[1] as TurnRecord]);
    // tone 75, promptness 0.8167 -> 82, extra mile null: (40 × 75 + 30 × 82) / 70 = 5460 / 70 = 78.
    expect(one.dimensions.extraMile.score).toBeNull();
    expect(one.dimensions.extraMile.pass).toBeNull();
    expect(one.dimensions.extraMile.summary).toBe('No chance to go the extra mile on this path.');
    expect(one.overall).toBe(78);
  });

  it('uses the scenario weights', () => {
    const toneOnly = loadedFrom(loaded.scenario.machine, {
      scoring: { weights: { tone: 1, promptness: 0, extraMile: 0 }, pass: 90 },
    });
    const weighted = scoreAttempt(toneOnly, turns);
    expect(weighted.overall).toBe(88);
    expect(weighted.pass).toBe(false);
  });

  it('gives nulls for an attempt with no turns', () => {
    const empty = scoreAttempt(loaded, []);
    expect(empty.overall).toBeNull();
    expect(empty.pass).toBeNull();
    expect(empty.ending).toBeNull();
    expect(empty.dimensions.promptness.score).toBeNull();
  });

  it('is a pure function of its inputs', () => {
    expect(scoreAttempt(loaded, turns, card.ending)).toEqual(card);
    expect(card.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
