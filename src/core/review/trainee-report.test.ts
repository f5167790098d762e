import { describe, expect, it } from 'vitest';
import type { AttemptSummary } from './review-types.ts';
import { traineeReport, type ReportScenario } from './trainee-report.ts';
import { summaryRow } from './testing/summary-row.ts';

const summary = summaryRow;

const unfinished = (
  attemptId: string,
  status: 'in-progress' | 'abandoned',
  overrides: Partial<AttemptSummary> = {},
): AttemptSummary =>
  summary(attemptId, {
    status,
    overall: null,
    scores: { tone: null, promptness: null, extraMile: null },
    pass: null,
    ending: null,
    retained: null,
    review: null,
    ...overrides,
  });

const SCENARIOS: ReportScenario[] = [
  { id: 'charged', title: 'Charged after two weeks', skills: ['promptness', 'billing-disputes'] },
  { id: 'void', title: 'Into the email void', skills: ['tone', 'email', 'order-queries'] },
  { id: 'angry', title: 'The angry caller', skills: ['tone', 'billing-disputes', 'phone'] },
  { id: 'never', title: 'Never played', skills: ['extraMile', 'phone'] },
];

const ROWS: AttemptSummary[] = [
  summary('c2', {
    startedAt: 3000,
    overall: 80,
    scores: { tone: 90, promptness: 74, extraMile: null },
    pass: true,
  }),
  summary('c1', {
    startedAt: 1000,
    overall: 40,
    scores: { tone: 30, promptness: 50, extraMile: 40 },
    pass: false,
  }),
  summary('v1', {
    scenarioId: 'void',
    startedAt: 2000,
    overall: 70,
    scores: { tone: 60, promptness: 60, extraMile: 60 },
    pass: false,
  }),
  unfinished('a1', 'in-progress', { scenarioId: 'angry', startedAt: 4000 }),
  // A partial score on an unfinished attempt counts nowhere.
  unfinished('a2', 'abandoned', {
    scenarioId: 'angry',
    startedAt: 5000,
    overall: 100,
    scores: { tone: 100, promptness: 100, extraMile: 100 },
  }),
  summary('gone', { scenarioId: 'retired', startedAt: 500, overall: 20, pass: false }),
];

describe('traineeReport', () => {
  const report = traineeReport(ROWS, SCENARIOS);

  it('counts attempts by where they stand', () => {
    expect(report.counts).toEqual({
      attempts: 6,
      finished: 4,
      passed: 1,
      failed: 3,
      inProgress: 1,
      abandoned: 1,
    });
  });

  it('charts finished, scored attempts oldest first with every dimension', () => {
    expect(report.progress.map((p) => p.attemptId)).toEqual(['gone', 'c1', 'v1', 'c2']);
    expect(report.progress[3]).toEqual({
      startedAt: 3000,
      attemptId: 'c2',
      scenarioId: 'charged',
      overall: 80,
      scores: { tone: 90, promptness: 74, extraMile: null },
      pass: true,
    });
  });

  it('orders attempts started at the same time by id', () => {
    const same = traineeReport([summary('b'), summary('a')], SCENARIOS);
    expect(same.progress.map((p) => p.attemptId)).toEqual(['a', 'b']);
  });

  it('averages each dimension over the attempts that assessed it', () => {
    expect(report.means.overall).toBe((80 + 40 + 70 + 20) / 4);
    expect(report.means.tone).toBe((90 + 30 + 60 + 50) / 4);
    expect(report.means.promptness).toBe((74 + 50 + 60 + 50) / 4);
    expect(report.means.extraMile).toBe((40 + 60 + 50) / 3);
  });

  it('names the strongest and weakest dimension', () => {
    expect(report.strongest).toBe('promptness');
    expect(report.weakest).toBe('extraMile');
  });

  it('averages the overall score per free skill tag, best first, dimensions left out', () => {
    expect(report.skills).toEqual([
      { skill: 'email', attempts: 1, mean: 70 },
      { skill: 'order-queries', attempts: 1, mean: 70 },
      { skill: 'billing-disputes', attempts: 2, mean: 60 },
    ]);
  });

  it('names the strongest and weakest skill, never the same one when they tie', () => {
    expect(report.strongestSkill).toBe('email');
    expect(report.weakestSkill).toBe('billing-disputes');
    const clear = traineeReport(
      [
        summary('x', { scenarioId: 'void', overall: 90 }),
        summary('y', { scenarioId: 'angry', overall: 30 }),
      ],
      SCENARIOS,
    );
    expect(clear.strongestSkill).toBe('email');
    expect(clear.weakestSkill).toBe('phone');
    const tied = traineeReport([summary('x', { scenarioId: 'void', overall: 90 })], SCENARIOS);
    expect(tied.strongestSkill).toBe('email');
    expect(tied.weakestSkill).toBe('order-queries');
  });

  it('lists the scenarios without a passed finished attempt, in the given order', () => {
    expect(report.notPassed).toEqual([
      { id: 'void', title: 'Into the email void', attempts: 1, bestOverall: 70 },
      { id: 'angry', title: 'The angry caller', attempts: 2, bestOverall: null },
      { id: 'never', title: 'Never played', attempts: 0, bestOverall: null },
    ]);
  });

  it('does not count a passed score on an unfinished attempt as passed', () => {
    const r = traineeReport([unfinished('x', 'in-progress', { pass: true })], SCENARIOS);
    expect(r.counts.passed).toBe(0);
    expect(r.notPassed.map((s) => s.id)).toEqual(['charged', 'void', 'angry', 'never']);
  });

  it('says null for strengths when nothing was scored', () => {
    const r = traineeReport([unfinished('x', 'in-progress')], SCENARIOS);
    expect(r.progress).toEqual([]);
    expect(r.means).toEqual({ overall: null, tone: null, promptness: null, extraMile: null });
    expect(r.strongest).toBeNull();
    expect(r.weakest).toBeNull();
    expect(r.skills).toEqual([]);
    expect(r.strongestSkill).toBeNull();
    expect(r.weakestSkill).toBeNull();
  });

  it('never names the same dimension strongest and weakest when several tie', () => {
    const r = traineeReport([summary('x')], SCENARIOS);
    expect(r.strongest).toBe('tone');
    expect(r.weakest).toBe('extraMile');
  });

  it('names the one dimension assessed as both strongest and weakest', () => {
    const r = traineeReport(
      [summary('x', { scores: { tone: 70, promptness: null, extraMile: null } })],
      SCENARIOS,
    );
    expect(r.strongest).toBe('tone');
    expect(r.weakest).toBe('tone');
  });

  it('reports an empty history', () => {
    const r = traineeReport([], []);
    expect(r.counts.attempts).toBe(0);
    expect(r.notPassed).toEqual([]);
    expect(r.strongest).toBeNull();
  });

  it('lists a scenario given twice once and counts a tag given twice once', () => {
    const twice: ReportScenario[] = [
      { id: 'void', title: 'Void', skills: ['email', 'email'] },
      { id: 'void', title: 'Void again', skills: ['phone'] },
    ];
    const r = traineeReport([summary('x', { scenarioId: 'void', overall: 70 })], twice);
    expect(r.notPassed).toEqual([{ id: 'void', title: 'Void', attempts: 1, bestOverall: 70 }]);
    expect(r.skills).toEqual([{ skill: 'email', attempts: 1, mean: 70 }]);
  });
});
