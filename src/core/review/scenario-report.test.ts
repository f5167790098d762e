import { describe, expect, it } from 'vitest';
import type { AttemptSummary, SummaryTurn } from './review-types.ts';
import { HARDEST_TURN_MIN_REACHED, scenarioReport } from './scenario-report.ts';
import { summaryRow } from './testing/summary-row.ts';

const summary = summaryRow;

/** A turn: state, choice, reply ms (null: timed out), missed a better reply. */
const turn = (
  state: string,
  choice: string,
  replyMs: number | null = 5000,
  missedBetter = false,
  budgetMs = 30_000,
): SummaryTurn => ({ state, choice, replyMs, budgetMs, missedBetter });

const REPLIES: Record<string, string> = {
  'greet/warm': 'Hello Zoë, I am sorry to hear that.',
  'greet/policy': 'Per our policy, refunds take 14 days.',
  'refund/now': 'I have refunded you just now.',
  'refund/later': 'It will be refunded next week.',
  'apology/sorry': 'Again, I am sorry.',
};
const describeChoice = (state: string, choice: string): string | undefined =>
  REPLIES[`${state}/${choice}`];

const unfinished = {
  status: 'in-progress' as const,
  overall: null,
  scores: { tone: null, promptness: null, extraMile: null },
  pass: null,
  ending: null,
  retained: null,
  review: null,
};

const ROWS: AttemptSummary[] = [
  summary('1', {
    overall: 90,
    scores: { tone: 100, promptness: 80, extraMile: 90 },
    pass: true,
    ending: 'Refund sorted',
    review: 5,
    turns: [turn('greet', 'warm', 4000), turn('refund', 'now', 8000)],
  }),
  summary('2', {
    overall: 40,
    scores: { tone: 20, promptness: 60, extraMile: null },
    pass: false,
    ending: 'Customer left',
    retained: false,
    review: 1,
    turns: [
      turn('greet', 'policy', 6000, true),
      turn('apology', 'sorry', 1000),
      turn('refund', 'later', 40_000, true),
    ],
  }),
  summary('3', {
    overall: 70,
    scores: { tone: 60, promptness: 70, extraMile: 80 },
    pass: true,
    ending: 'Refund sorted',
    review: 5,
    turns: [turn('greet', 'policy', 2000, true), turn('refund', 'wait', null, true)],
  }),
  summary('4', {
    ...unfinished,
    turns: [turn('greet', 'warm', 3000)],
  }),
];

describe('scenarioReport', () => {
  const report = scenarioReport(ROWS, describeChoice);

  it('counts attempts, finished, scored and passed, and the pass rate of scored ones', () => {
    expect(report.attempts).toBe(4);
    expect(report.finished).toBe(3);
    expect(report.scored).toBe(3);
    expect(report.passed).toBe(2);
    expect(report.passRate).toBeCloseTo(2 / 3);
  });

  it('averages overall and each dimension over finished, scored attempts', () => {
    expect(report.averages.overall).toBeCloseTo((90 + 40 + 70) / 3);
    expect(report.averages.tone).toBeCloseTo(60);
    expect(report.averages.promptness).toBeCloseTo(70);
    expect(report.averages.extraMile).toBeCloseTo(85);
  });

  it('gives the ending distribution, most frequent first', () => {
    expect(report.endings).toEqual([
      { title: 'Refund sorted', retained: true, review: 5, count: 2, share: 2 / 3 },
      { title: 'Customer left', retained: false, review: 1, count: 1, share: 1 / 3 },
    ]);
  });

  it('lists the turns as early in the conversation as they come', () => {
    // 'apology' was first seen after 'refund' in the data but comes earlier on its path.
    expect(report.turns.map((t) => t.state)).toEqual(['greet', 'apology', 'refund']);
  });

  it('orders branches and loops as the paths go', () => {
    const r = scenarioReport([
      summary('a', { turns: [turn('open', 'x'), turn('close', 'x')] }),
      summary('b', { turns: [turn('open', 'x'), turn('left', 'x'), turn('close', 'x')] }),
      summary('c', {
        turns: [turn('open', 'x'), turn('right', 'x'), turn('right', 'x'), turn('close', 'x')],
      }),
      // Back to the start: a cycle, broken at the turn reached earliest.
      summary('d', { turns: [turn('open', 'x'), turn('left', 'x'), turn('open', 'x')] }),
    ]);
    expect(r.turns.map((t) => t.state)).toEqual(['open', 'left', 'right', 'close']);
  });

  it('counts every attempt that reached a turn, finished or not', () => {
    expect(report.turns.map((t) => [t.state, t.reached, t.visits])).toEqual([
      ['greet', 4, 4],
      ['apology', 1, 1],
      ['refund', 3, 3],
    ]);
  });

  it('says how often each reply was chosen, with its text', () => {
    const greet = report.turns[0];
    expect(greet?.choices).toEqual([
      {
        choice: 'policy',
        reply: 'Per our policy, refunds take 14 days.',
        count: 2,
        share: 0.5,
      },
      { choice: 'warm', reply: 'Hello Zoë, I am sorry to hear that.', count: 2, share: 0.5 },
    ]);
    const refund = report.turns[2];
    expect(refund?.choices.map((c) => [c.choice, c.reply, c.count])).toEqual([
      ['later', 'It will be refunded next week.', 1],
      ['now', 'I have refunded you just now.', 1],
      ['wait', null, 1],
    ]);
  });

  it('gives the share that missed a better reply and marks the worst turn', () => {
    expect(report.turns.map((t) => [t.state, t.missedBetter, t.missedShare])).toEqual([
      ['greet', 2, 0.5],
      ['apology', 0, 0],
      ['refund', 2, 2 / 3],
    ]);
    expect(report.hardestTurn).toBe('refund');
    expect(report.turns.map((t) => t.hardest)).toEqual([false, false, true]);
  });

  it('needs enough attempts on a turn before calling it the hardest', () => {
    expect(HARDEST_TURN_MIN_REACHED).toBe(3);
    const rows = [
      summary('a', { turns: [turn('rare', 'x', 1000, true), turn('common', 'y')] }),
      ...['b', 'c', 'd'].map((id, i) =>
        summary(id, { turns: [turn('common', 'y', 1000, i === 0)] }),
      ),
    ];
    const r = scenarioReport(rows);
    expect(r.turns.find((t) => t.state === 'rare')?.missedShare).toBe(1);
    expect(r.hardestTurn).toBe('common');
    expect(scenarioReport(rows, undefined, { minReached: 1 }).hardestTurn).toBe('rare');
  });

  it('marks no turn when nobody missed anything', () => {
    const r = scenarioReport([1, 2, 3].map((i) => summary(`${i}`, { turns: [turn('t', 'x')] })));
    expect(r.hardestTurn).toBeNull();
    expect(r.turns[0]?.hardest).toBe(false);
  });

  it('breaks a tie for the hardest turn by how many reached it, then by order', () => {
    const rows = [
      ...[1, 2, 3].map((i) =>
        summary(`a${i}`, {
          turns: [turn('first', 'x', 1, i === 1), turn('second', 'x', 1, i === 1)],
        }),
      ),
      ...[4, 5, 6].map((i) => summary(`b${i}`, { turns: [turn('second', 'x', 1, i === 4)] })),
    ];
    // first: 1 of 3; second: 2 of 6 — the same share, second reached by more.
    expect(scenarioReport(rows).hardestTurn).toBe('second');
    const even = [1, 2, 3].map((i) =>
      summary(`${i}`, { turns: [turn('first', 'x', 1, i === 1), turn('second', 'x', 1, i === 1)] }),
    );
    expect(scenarioReport(even).hardestTurn).toBe('first');
  });

  it('gives the median reply time against the budget, timeouts apart', () => {
    const greet = report.turns[0];
    expect(greet?.medianReplyMs).toBe((3000 + 4000) / 2);
    expect(greet?.budgetMs).toBe(30_000);
    const refund = report.turns[2];
    // 8000 and 40000 answered; the wait is a timeout.
    expect(refund?.medianReplyMs).toBe(24_000);
    expect(refund?.timeouts).toBe(1);
    expect(refund?.overBudget).toBe(1);
  });

  it('gives no median when every visit timed out', () => {
    const r = scenarioReport([summary('x', { turns: [turn('t', 'wait', null, true)] })]);
    expect(r.turns[0]?.medianReplyMs).toBeNull();
    expect(r.turns[0]?.timeouts).toBe(1);
  });

  it('counts an attempt once per turn however often its path comes back', () => {
    const r = scenarioReport([
      summary('loop', { turns: [turn('ask', 'again'), turn('ask', 'again'), turn('ask', 'ok')] }),
      summary('straight', { turns: [turn('ask', 'ok')] }),
    ]);
    const ask = r.turns[0];
    expect([ask?.reached, ask?.visits]).toEqual([2, 4]);
    expect(ask?.choices.map((c) => [c.choice, c.share])).toEqual([
      ['again', 0.5],
      ['ok', 0.5],
    ]);
  });

  it('asks describe once per reply and survives one that fails', () => {
    let calls = 0;
    const r = scenarioReport(ROWS, () => {
      calls += 1;
      throw new Error('scenario version not loaded');
    });
    expect(r.turns[0]?.choices[0]?.reply).toBeNull();
    expect(calls).toBe(6);
  });

  it('reports a scenario nobody played', () => {
    const r = scenarioReport([]);
    expect(r).toEqual({
      attempts: 0,
      finished: 0,
      scored: 0,
      passed: 0,
      passRate: null,
      averages: { overall: null, tone: null, promptness: null, extraMile: null },
      endings: [],
      turns: [],
      hardestTurn: null,
    });
  });

  it('keeps endings with the same title but a different outcome apart', () => {
    const r = scenarioReport([
      summary('a', { ending: 'Done', retained: true }),
      summary('b', { ending: 'Done', retained: false }),
      summary('c', { ending: 'Done', retained: false }),
    ]);
    expect(r.endings.map((e) => [e.title, e.retained, e.count])).toEqual([
      ['Done', false, 2],
      ['Done', true, 1],
    ]);
  });
});
