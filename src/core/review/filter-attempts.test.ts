import { describe, expect, it } from 'vitest';
import { filterAttempts, isAttemptFilterActive } from './filter-attempts.ts';
import type { AttemptFilter, AttemptSummary } from './review-types.ts';
import { summaryRow } from './testing/summary-row.ts';

const TITLES: Record<string, string> = {
  charged: 'Charged after two weeks',
  void: 'Into the email void',
  angry: 'The angry caller',
};
const titleOf = (id: string): string => TITLES[id] ?? id;

/** This file's usual attempt, on the shared test row. */
const summary = (attemptId: string, overrides: Partial<AttemptSummary> = {}): AttemptSummary =>
  summaryRow(attemptId, {
    ...{
      trainee: 'Ana',
      startedAt: 1_700_000_000_000,
      updatedAt: 1_700_000_100_000,
      overall: 80,
      scores: { tone: 80, promptness: 80, extraMile: 80 },
      pass: true,
      ending: 'Refund sorted',
      review: 5,
      activeMs: 60_000,
    },
    ...overrides,
  });

const ROWS: AttemptSummary[] = [
  summary('a1', { trainee: 'Zoë Okafor', startedAt: 1000 }),
  summary('a2', {
    trainee: 'Łukasz Nowak',
    scenarioId: 'void',
    startedAt: 2000,
    mode: 'assessment',
    overall: 40,
    pass: false,
    ending: 'Customer left',
  }),
  summary('a3', {
    trainee: '王芳',
    scenarioId: 'angry',
    startedAt: 3000,
    status: 'in-progress',
    overall: null,
    pass: null,
    ending: null,
    retained: null,
    review: null,
  }),
  summary('a4', {
    trainee: 'zoe okafor',
    scenarioId: 'void',
    startedAt: 4000,
    verification: 'altered',
  }),
  summary('a5', {
    trainee: 'Ana',
    scenarioId: 'unknown-scenario',
    startedAt: 5000,
    status: 'abandoned',
    overall: null,
    pass: null,
    ending: null,
    verification: 'cannot-verify',
  }),
];

const ids = (filter: AttemptFilter, rows: readonly AttemptSummary[] = ROWS): string[] =>
  filterAttempts(rows, filter, titleOf).map((r) => r.attemptId);

describe('filterAttempts', () => {
  it('keeps every row, in order, in a new array when nothing filters', () => {
    const kept = filterAttempts(ROWS, {}, titleOf);
    expect(kept).toEqual(ROWS);
    expect(kept).not.toBe(ROWS);
  });

  it('keeps the exact trainee names asked for, any of them', () => {
    expect(ids({ trainees: ['Zoë Okafor', 'Ana'] })).toEqual(['a1', 'a5']);
    // Exact: another spelling of the name is another trainee here (search is for fuzzy).
    expect(ids({ trainees: ['Zoe Okafor'] })).toEqual([]);
  });

  it('treats an empty list of trainees or scenarios as no filter', () => {
    expect(ids({ trainees: [], scenarioIds: [] })).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
  });

  it('keeps the scenarios asked for', () => {
    expect(ids({ scenarioIds: ['void', 'angry'] })).toEqual(['a2', 'a3', 'a4']);
  });

  it('keeps attempts started from `from` (included) until `to` (excluded)', () => {
    expect(ids({ from: 2000, to: 4000 })).toEqual(['a2', 'a3']);
    expect(ids({ from: 4001 })).toEqual(['a5']);
    expect(ids({ to: 1000 })).toEqual([]);
  });

  it('ignores a date bound that is not a number', () => {
    expect(ids({ from: Number.NaN, to: Number.POSITIVE_INFINITY })).toHaveLength(5);
  });

  it('filters by mode, status and verification', () => {
    expect(ids({ mode: 'assessment' })).toEqual(['a2']);
    expect(ids({ status: 'in-progress' })).toEqual(['a3']);
    expect(ids({ status: 'abandoned' })).toEqual(['a5']);
    expect(ids({ verification: 'altered' })).toEqual(['a4']);
    expect(ids({ verification: 'local' })).toEqual(['a1', 'a2', 'a3']);
  });

  it('filters passed or failed; unscored attempts are neither', () => {
    expect(ids({ pass: true })).toEqual(['a1', 'a4']);
    expect(ids({ pass: false })).toEqual(['a2']);
  });

  it('combines every field', () => {
    expect(ids({ scenarioIds: ['void'], pass: true, query: 'okafor' })).toEqual(['a4']);
  });
});

describe('filterAttempts search', () => {
  it('is case- and accent-insensitive both ways', () => {
    expect(ids({ query: 'ZOE' })).toEqual(['a1', 'a4']);
    expect(ids({ query: 'zoë' })).toEqual(['a1', 'a4']);
    expect(ids({ query: 'lukasz' })).toEqual(['a2']);
    expect(ids({ query: 'ŁUKASZ' })).toEqual(['a2']);
  });

  it('finds names in scripts without case', () => {
    expect(ids({ query: '王' })).toEqual(['a3']);
  });

  it('searches the scenario title (not only its id) and the ending', () => {
    expect(ids({ query: 'email' })).toEqual(['a2', 'a4']);
    expect(ids({ query: 'customer left' })).toEqual(['a2']);
    expect(ids({ query: 'refund' })).toEqual(['a1', 'a4']);
  });

  it('needs every word, each in any of the fields', () => {
    expect(ids({ query: 'zoe void' })).toEqual(['a4']);
    expect(ids({ query: 'zoe  charged   refund' })).toEqual(['a1']);
    expect(ids({ query: 'zoe nowhere' })).toEqual([]);
  });

  it('matches parts of words', () => {
    expect(ids({ query: 'okaf' })).toEqual(['a1', 'a4']);
  });

  it('does not match a word across two fields', () => {
    // "okafor" ends the name and "charged" starts the title: "orcharged" is in neither.
    expect(ids({ query: 'orcharged' })).toEqual([]);
  });

  it('ignores a blank query', () => {
    expect(ids({ query: '  \t ' })).toHaveLength(5);
  });

  it('uses the id when the title lookup gives nothing or fails', () => {
    const failing = (): string => {
      throw new Error('no titles loaded');
    };
    expect(filterAttempts(ROWS, { query: 'angry' }, failing).map((r) => r.attemptId)).toEqual([
      'a3',
    ]);
    // A lookup in a map of titles that does not have this one.
    const missing = (): string => undefined as unknown as string;
    expect(filterAttempts(ROWS, { query: 'unknown-scen' }, missing)).toHaveLength(1);
  });

  it('asks for each scenario title once, however many rows', () => {
    const asked: string[] = [];
    const rows = Array.from({ length: 1000 }, (_, i) =>
      summary(`r${i}`, { scenarioId: i % 2 ? 'void' : 'charged' }),
    );
    filterAttempts(rows, { query: 'email' }, (id) => {
      asked.push(id);
      return titleOf(id);
    });
    expect(asked.sort()).toEqual(['charged', 'void']);
  });
});

describe('isAttemptFilterActive', () => {
  it('is false for an empty filter, empty lists, blank text and unusable dates', () => {
    expect(isAttemptFilterActive({})).toBe(false);
    expect(
      isAttemptFilterActive({ trainees: [], scenarioIds: [], query: '  ', from: Number.NaN }),
    ).toBe(false);
  });

  it('is true as soon as one field filters', () => {
    const active: AttemptFilter[] = [
      { trainees: ['Ana'] },
      { scenarioIds: ['void'] },
      { from: 0 },
      { to: 1 },
      { mode: 'practice' },
      { pass: false },
      { status: 'finished' },
      { verification: 'local' },
      { query: 'x' },
    ];
    for (const filter of active) expect(isAttemptFilterActive(filter)).toBe(true);
  });
});
