import type { AttemptSummary } from '../core/review/review-types.ts';
import { copyStored } from './attempt-changes.ts';
import { RuleWritingStore, type Change } from './rule-writing-store.ts';
import type { AttemptQuery, AttemptStore, StorageProblem, StoredAttempt } from './attempt-store.ts';
import { ChangeNotifier } from './change-notifier.ts';
import { matchesQuery, newestFirst } from './query-attempts.ts';
import { summaryOf } from './review-rows.ts';

/** Options of {@link MemoryAttemptStore}. */
export interface MemoryStoreOptions {
  /** Why attempts are not durable, shown to the trainee (none for tests and previews). */
  problem?: StorageProblem;
  /** Wall clock for `updatedAt`; defaults to `Date.now`. */
  now?: () => number;
}

/**
 * Attempts kept in this tab's memory: the fallback when the browser's database
 * cannot be used, and the store of component tests. Same rules as the database,
 * including a summary beside every row, written with it.
 */
export class MemoryAttemptStore extends RuleWritingStore implements AttemptStore {
  readonly durable = false;
  readonly problem: StorageProblem | undefined;
  private readonly rows = new Map<string, StoredAttempt>();
  private readonly summaries = new Map<string, AttemptSummary>();
  private readonly notifier = new ChangeNotifier(false);
  protected readonly now: () => number;

  constructor(options: MemoryStoreOptions = {}) {
    super();
    this.problem = options.problem;
    this.now = options.now ?? (() => Date.now());
  }

  get(attemptId: string): Promise<StoredAttempt | undefined> {
    const row = this.rows.get(attemptId);
    return Promise.resolve(row === undefined ? undefined : copyStored(row));
  }

  list(query: AttemptQuery = {}): Promise<StoredAttempt[]> {
    return Promise.resolve(this.listNow(query).map(copyStored));
  }

  getMany(attemptIds: readonly string[]): Promise<StoredAttempt[]> {
    const found = [...new Set(attemptIds)].map((id) => this.rows.get(id));
    return Promise.resolve(found.filter((row) => row !== undefined).map(copyStored));
  }

  listSummaries(): Promise<AttemptSummary[]> {
    return Promise.resolve(this.summariesNow().map((summary) => structuredClone(summary)));
  }

  subscribe(listener: () => void): () => void {
    return this.notifier.subscribe(listener);
  }

  /** Matching rows, newest first, without copying (for the database store that falls back here). */
  listNow(query: AttemptQuery = {}): StoredAttempt[] {
    return [...this.rows.values()].filter((row) => matchesQuery(row, query)).sort(newestFirst);
  }

  /** Every summary, newest first, without copying (same use). */
  summariesNow(): AttemptSummary[] {
    return [...this.summaries.values()].sort(newestFirst);
  }

  /** The row itself, without copying (same use). */
  peek(attemptId: string): StoredAttempt | undefined {
    return this.rows.get(attemptId);
  }

  /**
   * Applies a change rule to the row (or to `base` when this store has none yet:
   * the row the database held) and keeps the result with its summary. Returns whether it changed.
   */
  apply(
    attemptId: string,
    change: (row: StoredAttempt | undefined) => StoredAttempt | undefined,
    base?: StoredAttempt,
  ): boolean {
    const next = change(this.rows.get(attemptId) ?? base);
    if (next === undefined) return false;
    this.keep(next);
    return true;
  }

  /**
   * Keeps copies of the rows whose id is neither here nor `storedElsewhere` (the database
   * this store stands in for). Returns how many it kept; tells no one.
   */
  addNow(
    rows: readonly StoredAttempt[],
    storedElsewhere: (attemptId: string) => boolean = () => false,
  ): number {
    let added = 0;
    for (const row of rows) {
      if (this.rows.has(row.attemptId) || storedElsewhere(row.attemptId)) continue;
      this.keep(copyStored(row));
      added++;
    }
    return added;
  }

  /** Tells listeners that something changed. */
  changed(): void {
    this.notifier.changed(false);
  }

  protected write(attemptId: string, change: Change): Promise<void> {
    try {
      if (this.apply(attemptId, change)) this.changed();
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  protected addNew(rows: readonly StoredAttempt[]): Promise<number> {
    const added = this.addNow(rows);
    if (added > 0) this.changed();
    return Promise.resolve(added);
  }

  /** The row and its summary, always together. */
  private keep(row: StoredAttempt): void {
    this.rows.set(row.attemptId, row);
    this.summaries.set(row.attemptId, summaryOf(row));
  }
}
