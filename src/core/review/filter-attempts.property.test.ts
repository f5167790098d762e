import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../scenario/scenario-types.ts';
import { filterAttempts } from './filter-attempts.ts';
import type { AttemptFilter, AttemptSort, AttemptSummary, SortKey } from './review-types.ts';
import { sortAttempts } from './sort-attempts.ts';

/**
 * Property: on random rows and random filters and sorts, filterAttempts and sortAttempts
 * agree with a naive reference (fold every field on every call, compare with the collator
 * row by row), so their shortcuts (memoised folding, ranked keys) change nothing.
 */

const TITLES: Record<string, string> = {
  s1: 'Charged after two weeks',
  s2: 'Émile’s order 10',
  s3: 'émile’s order 9',
  s4: 'Łódź branch',
};
const titleOf = (id: string): string => TITLES[id] ?? id;

// Few distinct letters, with accents and case, so ties and collisions are common.
const letter = fc.constantFrom('a', 'A', 'á', 'e', 'é', 'E', 'z', 'Z', 'ł', 'L', '1', '2', ' ');
const text = fc.array(letter, { maxLength: 6 }).map((l) => l.join(''));
const score = fc.option(fc.integer({ min: 0, max: 100 }), { freq: 4 });

const row: fc.Arbitrary<AttemptSummary> = fc
  .record({
    attemptId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
    trainee: fc.oneof(text, fc.constantFrom('Zoë Okafor', 'zoe okafor', 'Łukasz', '王芳')),
    scenarioId: fc.constantFrom('s1', 's2', 's3', 's4', 's5'),
    mode: fc.constantFrom('practice' as const, 'assessment' as const),
    status: fc.constantFrom('finished' as const, 'in-progress' as const, 'abandoned' as const),
    startedAt: fc.integer({ min: 0, max: 20 }),
    overall: score,
    tone: score,
    promptness: score,
    extraMile: score,
    pass: fc.option(fc.boolean(), { freq: 4 }),
    ending: fc.option(fc.oneof(text, fc.constant('Refund sorted')), { freq: 4 }),
    verification: fc.constantFrom(
      'local' as const,
      'verified' as const,
      'altered' as const,
      'cannot-verify' as const,
    ),
  })
  .map((r) => ({
    attemptId: r.attemptId,
    trainee: r.trainee,
    scenarioId: r.scenarioId,
    scenarioFingerprint: 'fp',
    mode: r.mode,
    status: r.status,
    startedAt: r.startedAt,
    updatedAt: r.startedAt,
    overall: r.overall,
    scores: { tone: r.tone, promptness: r.promptness, extraMile: r.extraMile },
    pass: r.pass,
    ending: r.ending,
    retained: r.ending === null ? null : true,
    review: r.ending === null ? null : 3,
    turns: [],
    activeMs: 0,
    verification: r.verification,
  }));

const everyField = fc.record({
  trainees: fc.array(fc.oneof(text, fc.constant('Zoë Okafor')), { maxLength: 3 }),
  scenarioIds: fc.array(fc.constantFrom('s1', 's2', 's5', 'nope'), { maxLength: 2 }),
  from: fc.integer({ min: 0, max: 20 }),
  to: fc.integer({ min: 0, max: 20 }),
  mode: fc.constantFrom('practice' as const, 'assessment' as const),
  pass: fc.boolean(),
  status: fc.constantFrom('finished' as const, 'in-progress' as const, 'abandoned' as const),
  verification: fc.constantFrom('local' as const, 'altered' as const),
  query: fc.oneof(
    text,
    fc.constantFrom('zoe', 'ŁODZ emile', 'ORDER 1', 'refund  zoë', '王', 'a e', 'z', ''),
  ),
});
const FILTER_FIELDS = [
  'trainees',
  'scenarioIds',
  'from',
  'to',
  'mode',
  'pass',
  'status',
  'verification',
  'query',
] as const;
// A few fields at a time, as a manager filters: with all of them nothing would match.
const filter: fc.Arbitrary<AttemptFilter> = fc
  .tuple(everyField, fc.subarray([...FILTER_FIELDS], { maxLength: 3 }))
  .map(([all, fields]) => Object.fromEntries(fields.map((f) => [f, all[f]])) as AttemptFilter);

const SORT_KEYS: SortKey[] = [
  'trainee',
  'scenario',
  'startedAt',
  'mode',
  'overall',
  ...DIMENSIONS,
  'pass',
  'ending',
];
const sort: fc.Arbitrary<AttemptSort> = fc.record({
  key: fc.constantFrom(...SORT_KEYS),
  direction: fc.constantFrom('asc' as const, 'desc' as const),
});

/** The obvious filter: fold each row's fields as it comes, the way the library search does. */
function naiveFilter(rows: readonly AttemptSummary[], f: AttemptFilter): AttemptSummary[] {
  const fold = (s: string): string =>
    s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ł/g, 'l');
  const words = fold(f.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return rows.filter((r) => {
    if (f.trainees?.length && !f.trainees.includes(r.trainee)) return false;
    if (f.scenarioIds?.length && !f.scenarioIds.includes(r.scenarioId)) return false;
    if (f.from !== undefined && r.startedAt < f.from) return false;
    if (f.to !== undefined && r.startedAt >= f.to) return false;
    if (f.mode !== undefined && r.mode !== f.mode) return false;
    if (f.pass !== undefined && r.pass !== f.pass) return false;
    if (f.status !== undefined && r.status !== f.status) return false;
    if (f.verification !== undefined && r.verification !== f.verification) return false;
    const fields = [r.trainee, titleOf(r.scenarioId), r.ending ?? ''].map(fold);
    return words.every((w) => fields.some((field) => field.includes(w)));
  });
}

/** The obvious sort: one comparator reading the rows, the collator on every comparison. */
function naiveSort(rows: readonly AttemptSummary[], s: AttemptSort): AttemptSummary[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const value = (r: AttemptSummary): string | number | null => {
    switch (s.key) {
      case 'trainee':
        return r.trainee;
      case 'scenario':
        return titleOf(r.scenarioId);
      case 'startedAt':
        return r.startedAt;
      case 'mode':
        return r.mode;
      case 'overall':
        return r.overall;
      case 'pass':
        return r.pass === null ? null : Number(r.pass);
      case 'ending':
        return r.ending;
      default:
        return r.scores[s.key];
    }
  };
  const sign = s.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else {
      const c =
        typeof va === 'string' && typeof vb === 'string'
          ? collator.compare(va, vb)
          : Number(va) - Number(vb);
      if (c !== 0) return sign * Math.sign(c);
    }
    if (a.startedAt !== b.startedAt) return b.startedAt - a.startedAt;
    return a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0;
  });
}

describe('filter and sort agree with the naive reference', () => {
  /** Same objects in the same order (rows may share an id and differ elsewhere). */
  const sameOrder = (
    rows: readonly AttemptSummary[],
    actual: readonly AttemptSummary[],
    expected: readonly AttemptSummary[],
  ): void => {
    expect(actual.map((r) => rows.indexOf(r))).toEqual(expected.map((r) => rows.indexOf(r)));
  };

  it('on random rows and filters', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), filter, (rows, f) => {
        sameOrder(rows, filterAttempts(rows, f, titleOf), naiveFilter(rows, f));
      }),
      { numRuns: 1000 },
    );
  });

  it('on random rows and sorts', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), sort, (rows, s) => {
        sameOrder(rows, sortAttempts(rows, s, titleOf), naiveSort(rows, s));
      }),
      { numRuns: 1000 },
    );
  });

  it('on random rows filtered, then sorted', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), filter, sort, (rows, f, s) => {
        const kept = filterAttempts(rows, f, titleOf);
        sameOrder(rows, sortAttempts(kept, s, titleOf), naiveSort(naiveFilter(rows, f), s));
      }),
      { numRuns: 300 },
    );
  });

  it('sorting is idempotent and, with unique ids, does not depend on the input order', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), sort, (generated, s) => {
        // Attempt ids are unique in the store; only rows equal in every sort field may keep input order.
        const rows = generated.map((r, i) => ({ ...r, attemptId: `${r.attemptId}${i}` }));
        const once = sortAttempts(rows, s, titleOf);
        expect(sortAttempts(once, s, titleOf)).toEqual(once);
        expect(sortAttempts([...rows].reverse(), s, titleOf)).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });
});
