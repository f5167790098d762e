import { describe, expect, it } from 'vitest';
import type { AttemptSort, AttemptSummary, SortKey } from './review-types.ts';
import { sortAttempts } from './sort-attempts.ts';
import { summaryRow } from './testing/summary-row.ts';

const TITLES: Record<string, string> = { b: 'Billing', a: 'Zebra crossing', c: 'angry caller' };
const titleOf = (id: string): string => TITLES[id] ?? id;

/** This file's usual attempt, on the shared test row. */
const summary = (attemptId: string, overrides: Partial<AttemptSummary> = {}): AttemptSummary =>
  summaryRow(attemptId, {
    ...{ trainee: 'Ana', scenarioId: 'b' },
    ...overrides,
  });

const order = (rows: readonly AttemptSummary[], sort: AttemptSort): string[] =>
  sortAttempts(rows, sort, titleOf).map((r) => r.attemptId);

const UNSCORED: Partial<AttemptSummary> = {
  status: 'in-progress',
  overall: null,
  scores: { tone: null, promptness: null, extraMile: null },
  pass: null,
  ending: null,
};

describe('sortAttempts', () => {
  it('returns a new array and leaves the input alone', () => {
    const rows = [summary('x', { overall: 90 }), summary('y', { overall: 10 })];
    const copy = [...rows];
    const sorted = sortAttempts(rows, { key: 'overall', direction: 'asc' }, titleOf);
    expect(sorted.map((r) => r.attemptId)).toEqual(['y', 'x']);
    expect(rows).toEqual(copy);
    expect(sorted).not.toBe(rows);
  });

  it('sorts names case- and accent-blind, numbers in them by value', () => {
    const rows = [
      summary('1', { trainee: 'Trainee 10' }),
      summary('2', { trainee: 'trainee 2' }),
      summary('3', { trainee: 'Émile' }),
      summary('4', { trainee: 'eve' }),
      summary('5', { trainee: 'Zoë' }),
      summary('6', { trainee: 'Ana' }),
    ];
    expect(order(rows, { key: 'trainee', direction: 'asc' })).toEqual([
      '6',
      '3',
      '4',
      '2',
      '1',
      '5',
    ]);
    expect(order(rows, { key: 'trainee', direction: 'desc' })).toEqual([
      '5',
      '1',
      '2',
      '4',
      '3',
      '6',
    ]);
  });

  it('treats names differing only in case or accents as equal: ties go newest first', () => {
    const rows = [
      summary('old', { trainee: 'Zoë', startedAt: 1 }),
      summary('new', { trainee: 'zoe', startedAt: 3 }),
      summary('mid', { trainee: 'ZOE', startedAt: 2 }),
    ];
    expect(order(rows, { key: 'trainee', direction: 'asc' })).toEqual(['new', 'mid', 'old']);
    expect(order(rows, { key: 'trainee', direction: 'desc' })).toEqual(['new', 'mid', 'old']);
  });

  it('breaks ties by start time (newest first), then attempt id', () => {
    const rows = [
      summary('b', { startedAt: 5 }),
      summary('c', { startedAt: 9 }),
      summary('a', { startedAt: 5 }),
    ];
    expect(order(rows, { key: 'overall', direction: 'asc' })).toEqual(['c', 'a', 'b']);
    expect(order(rows, { key: 'overall', direction: 'desc' })).toEqual(['c', 'a', 'b']);
  });

  it('orders by start time, ties by attempt id', () => {
    const rows = [
      summary('b', { startedAt: 5 }),
      summary('c', { startedAt: 1 }),
      summary('a', { startedAt: 5 }),
    ];
    expect(order(rows, { key: 'startedAt', direction: 'asc' })).toEqual(['c', 'a', 'b']);
    expect(order(rows, { key: 'startedAt', direction: 'desc' })).toEqual(['a', 'b', 'c']);
  });

  it('puts unscored attempts last in both directions', () => {
    const rows = [
      summary('none', UNSCORED),
      summary('high', { overall: 90, scores: { tone: 90, promptness: null, extraMile: 10 } }),
      summary('low', { overall: 10, scores: { tone: 10, promptness: 30, extraMile: 90 } }),
    ];
    expect(order(rows, { key: 'overall', direction: 'asc' })).toEqual(['low', 'high', 'none']);
    expect(order(rows, { key: 'overall', direction: 'desc' })).toEqual(['high', 'low', 'none']);
    expect(order(rows, { key: 'promptness', direction: 'desc' })).toEqual(['low', 'high', 'none']);
    expect(order(rows, { key: 'promptness', direction: 'asc' })).toEqual(['low', 'high', 'none']);
    expect(order(rows, { key: 'extraMile', direction: 'asc' })).toEqual(['high', 'low', 'none']);
    expect(order(rows, { key: 'tone', direction: 'desc' })).toEqual(['high', 'low', 'none']);
    expect(order(rows, { key: 'ending', direction: 'desc' })).toEqual(['high', 'low', 'none']);
    expect(order(rows, { key: 'ending', direction: 'asc' })).toEqual(['high', 'low', 'none']);
  });

  it('treats a score that is not a finite number as missing', () => {
    const rows = [summary('nan', { overall: Number.NaN }), summary('ok', { overall: 1 })];
    expect(order(rows, { key: 'overall', direction: 'desc' })).toEqual(['ok', 'nan']);
    expect(order(rows, { key: 'overall', direction: 'asc' })).toEqual(['ok', 'nan']);
  });

  it('sorts failed before passed ascending, unscored last', () => {
    const rows = [
      summary('none', { ...UNSCORED, startedAt: 9 }),
      summary('pass', { pass: true }),
      summary('fail', { pass: false }),
    ];
    expect(order(rows, { key: 'pass', direction: 'asc' })).toEqual(['fail', 'pass', 'none']);
    expect(order(rows, { key: 'pass', direction: 'desc' })).toEqual(['pass', 'fail', 'none']);
  });

  it('sorts scenarios by title, not id', () => {
    const rows = [
      summary('z', { scenarioId: 'a' }),
      summary('x', { scenarioId: 'b' }),
      summary('y', { scenarioId: 'c' }),
    ];
    expect(order(rows, { key: 'scenario', direction: 'asc' })).toEqual(['y', 'x', 'z']);
  });

  it('sorts by mode', () => {
    const rows = [summary('p', { mode: 'practice' }), summary('a', { mode: 'assessment' })];
    expect(order(rows, { key: 'mode', direction: 'asc' })).toEqual(['a', 'p']);
    expect(order(rows, { key: 'mode', direction: 'desc' })).toEqual(['p', 'a']);
  });

  it('handles no rows and one row for every key', () => {
    const keys: SortKey[] = [
      'trainee',
      'scenario',
      'startedAt',
      'mode',
      'overall',
      'tone',
      'promptness',
      'extraMile',
      'pass',
      'ending',
    ];
    for (const key of keys) {
      expect(sortAttempts([], { key, direction: 'asc' }, titleOf)).toEqual([]);
      expect(order([summary('only')], { key, direction: 'desc' })).toEqual(['only']);
    }
  });

  it('keeps fully equal rows (same id too) in their given order', () => {
    const first = summary('same');
    const second = summary('same');
    const sorted = sortAttempts([first, second], { key: 'trainee', direction: 'desc' }, titleOf);
    expect(sorted[0]).toBe(first);
    expect(sorted[1]).toBe(second);
  });
});
