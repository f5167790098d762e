import { create } from 'zustand';
import type { AttemptFilter, AttemptSort } from '../../core/review/review-types.ts';

/** The attempts table's filter and sort: UI state only, kept while the manager moves around. */
export interface ReviewFilterState {
  /** What the table is narrowed to. */
  filter: AttemptFilter;
  /** How it is ordered. */
  sort: AttemptSort;
  /** Replaces part of the filter; `undefined` values clear a field. */
  setFilter: (patch: Partial<AttemptFilter>) => void;
  /** Sorts by a column; the same column again flips the direction. */
  sortBy: (key: AttemptSort['key']) => void;
  /** Clears every filter (the sort stays). */
  clear: () => void;
}

/** Newest first until the manager picks a column. */
export const DEFAULT_SORT: AttemptSort = { key: 'startedAt', direction: 'desc' };

/** Columns whose natural first order is high to low (scores, dates). */
const DESCENDING_FIRST = new Set<AttemptSort['key']>([
  'startedAt',
  'overall',
  'tone',
  'promptness',
  'extraMile',
  'pass',
]);

/** The review's filter store. */
export const useReviewFilterStore = create<ReviewFilterState>()((set) => ({
  filter: {},
  sort: DEFAULT_SORT,
  setFilter: (patch) =>
    set(({ filter }) => {
      const next: Record<string, unknown> = { ...filter, ...patch };
      for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
      return { filter: next };
    }),
  sortBy: (key) =>
    set(({ sort }) => ({
      sort:
        sort.key === key
          ? { key, direction: sort.direction === 'asc' ? 'desc' : 'asc' }
          : { key, direction: DESCENDING_FIRST.has(key) ? 'desc' : 'asc' },
    })),
  clear: () => set({ filter: {} }),
}));
