import { titleText } from './filter-attempts.ts';
import type { AttemptSort, AttemptSummary, SortKey } from './review-types.ts';

/** How names and titles compare: case- and accent-blind, "Attempt 2" before "Attempt 10". */
export function reviewCollator(): Intl.Collator {
  return new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
}

/** A row's value in a column: a number, a text, or null when it has none (sorted last). */
type Cell = number | string | null;

function cellOf(row: AttemptSummary, key: SortKey, title: (id: string) => string): Cell {
  switch (key) {
    case 'trainee':
      return row.trainee;
    case 'scenario':
      return title(row.scenarioId);
    case 'startedAt':
      return row.startedAt;
    case 'mode':
      return row.mode;
    case 'overall':
      return row.overall;
    case 'tone':
    case 'promptness':
    case 'extraMile':
      return row.scores[key];
    case 'pass':
      // Failed before passed when ascending, like 0 before 1.
      return row.pass === null ? null : row.pass ? 1 : 0;
    case 'ending':
      return row.ending;
  }
}

/**
 * Turns each row's cell into one number that sorts ascending in the wanted order: texts
 * get the rank of their value among the distinct values (sorted once with one collator,
 * so 100,000 rows cost a few hundred collator calls), descending flips the sign, and a
 * missing value (null, not a finite number) becomes +Infinity, last either way.
 */
function sortKeys(cells: readonly Cell[], sign: 1 | -1): Float64Array {
  const keys = new Float64Array(cells.length);
  const texts = new Set<string>();
  for (const cell of cells) if (typeof cell === 'string') texts.add(cell);
  const rank = new Map<string, number>();
  if (texts.size > 0) {
    const collator = reviewCollator();
    const sorted = [...texts].sort(collator.compare);
    let current = 0;
    sorted.forEach((text, i) => {
      // Values the collator calls equal ("Zoë", "zoe") share a rank: they tie.
      const previous = sorted[i - 1];
      if (previous !== undefined && collator.compare(previous, text) !== 0) current = i;
      rank.set(text, current);
    });
  }
  cells.forEach((cell, i) => {
    const value =
      typeof cell === 'number' ? cell : typeof cell === 'string' ? rank.get(cell) : undefined;
    keys[i] = value !== undefined && Number.isFinite(value) ? sign * value : Infinity;
  });
  return keys;
}

/**
 * The attempts in the given order, as a new array (the input is not touched). Rows
 * without a value in the column (unscored, unfinished) come last in both directions;
 * texts compare case- and accent-blind with numbers in them read as numbers; ties go
 * newest first, then by attempt id, so the order does not depend on the input's (only
 * rows alike in all of these keep their given order).
 */
export function sortAttempts(
  rows: readonly AttemptSummary[],
  sort: AttemptSort,
  titleOf: (scenarioId: string) => string,
): AttemptSummary[] {
  const titles = new Map<string, string>();
  const title = (id: string): string => {
    let text = titles.get(id);
    if (text === undefined) {
      text = titleText(titleOf, id);
      titles.set(id, text);
    }
    return text;
  };
  const keys = sortKeys(
    rows.map((row) => cellOf(row, sort.key, title)),
    sort.direction === 'desc' ? -1 : 1,
  );
  const started = Float64Array.from(rows, (row) =>
    Number.isFinite(row.startedAt) ? row.startedAt : -Infinity,
  );
  // A typed array of indices: V8 sorts it with a comparator several times faster than an Array.
  const order = new Uint32Array(rows.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => {
    const ka = keys[a] as number;
    const kb = keys[b] as number;
    if (ka !== kb) return ka < kb ? -1 : 1;
    const sa = started[a] as number;
    const sb = started[b] as number;
    if (sa !== sb) return sa > sb ? -1 : 1;
    const ia = (rows[a] as AttemptSummary).attemptId;
    const ib = (rows[b] as AttemptSummary).attemptId;
    if (ia !== ib) return ia < ib ? -1 : 1;
    return a - b;
  });
  return Array.from(order, (i) => rows[i] as AttemptSummary);
}
