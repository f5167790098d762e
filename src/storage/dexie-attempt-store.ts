import type { AttemptSummary } from '../core/review/review-types.ts';
import { copyStored, MissingAttemptError } from './attempt-changes.ts';
import type { AttemptDatabase } from './attempt-database.ts';
import { RuleWritingStore, type Change } from './rule-writing-store.ts';
import type { AttemptQuery, AttemptStore, StorageProblem, StoredAttempt } from './attempt-store.ts';
import { ChangeNotifier } from './change-notifier.ts';
import { MemoryAttemptStore } from './memory-attempt-store.ts';
import { matchesQuery, newestFirst } from './query-attempts.ts';
import { summaryOf } from './review-rows.ts';
import { ImportFailedError, writeProblem } from './storage-problems.ts';
import { reconcileSummaries, summariesInStep } from './summary-sync.ts';

/** Options of {@link DexieAttemptStore}. */
export interface DexieStoreOptions {
  /** Wall clock for `updatedAt`; defaults to `Date.now`. */
  now?: () => number;
  /** Tell other tabs about durable changes (BroadcastChannel); default true. */
  crossTab?: boolean;
}

/**
 * Attempts in the browser's database. Every write is one read-modify-write
 * transaction over the attempt and its summary, resolved once committed. When a write fails (storage full, the
 * database closed under us), this tab switches to memory for good: the write
 * is applied there and still resolves, what the database holds stays readable,
 * and reads prefer the memory copy. Nothing the player handed in is lost.
 */
export class DexieAttemptStore extends RuleWritingStore implements AttemptStore {
  private fallback: MemoryAttemptStore | undefined;
  private currentProblem: StorageProblem | undefined;
  private readonly notifier: ChangeNotifier;
  protected readonly now: () => number;

  constructor(
    private readonly db: AttemptDatabase,
    options: DexieStoreOptions = {},
  ) {
    super();
    this.now = options.now ?? (() => Date.now());
    this.notifier = new ChangeNotifier(options.crossTab ?? true);
  }

  get durable(): boolean {
    return this.fallback === undefined;
  }

  get problem(): StorageProblem | undefined {
    return this.currentProblem;
  }

  async get(attemptId: string): Promise<StoredAttempt | undefined> {
    const inMemory = this.fallback?.peek(attemptId);
    if (inMemory !== undefined) return copyStored(inMemory);
    return this.readDurable(() => this.db.attempts.get(attemptId), undefined);
  }

  async list(query: AttemptQuery = {}): Promise<StoredAttempt[]> {
    const stored = await this.readDurable(() => this.queryDatabase(query), []);
    const memory = this.fallback;
    if (memory === undefined) return stored;
    // A row that moved to memory is read from there only (it may have left the query).
    const durableOnly = stored.filter((row) => memory.peek(row.attemptId) === undefined);
    return [...durableOnly, ...memory.listNow(query).map(copyStored)].sort(newestFirst);
  }

  async getMany(attemptIds: readonly string[]): Promise<StoredAttempt[]> {
    const ids = [...new Set(attemptIds)];
    const stored = await this.readDurable(() => this.db.attempts.bulkGet(ids), []);
    const memory = this.fallback;
    const found = ids.map((id, i) => {
      const inMemory = memory?.peek(id);
      return inMemory === undefined ? stored[i] : copyStored(inMemory);
    });
    return found.filter((row) => row !== undefined);
  }

  async listSummaries(): Promise<AttemptSummary[]> {
    const stored = await this.readDurable(() => this.readSummaries(), []);
    const memory = this.fallback;
    if (memory === undefined) return stored.sort(newestFirst);
    const durableOnly = stored.filter((row) => memory.peek(row.attemptId) === undefined);
    const inMemory = memory.summariesNow().map((summary) => structuredClone(summary));
    return [...durableOnly, ...inMemory].sort(newestFirst);
  }

  subscribe(listener: () => void): () => void {
    return this.notifier.subscribe(listener);
  }

  /** Closes the database connection and stops listening to other tabs. */
  close(): void {
    this.notifier.close();
    this.db.close();
  }

  /** Uses the indexes the manager's review needs; sorts newest first. */
  private async queryDatabase(query: AttemptQuery): Promise<StoredAttempt[]> {
    const { trainee, scenarioId, status } = query;
    const table = this.db.attempts;
    let rows: StoredAttempt[];
    if (trainee !== undefined && scenarioId !== undefined) {
      rows = await table.where('[trainee+scenarioId]').equals([trainee, scenarioId]).toArray();
    } else if (trainee !== undefined && status !== undefined) {
      rows = await table.where('[trainee+status]').equals([trainee, status]).toArray();
    } else if (trainee !== undefined) {
      rows = await table.where('trainee').equals(trainee).toArray();
    } else if (scenarioId !== undefined) {
      rows = await table.where('scenarioId').equals(scenarioId).toArray();
    } else if (status !== undefined) {
      rows = await table.where('status').equals(status).toArray();
    } else {
      rows = await table.orderBy('startedAt').reverse().toArray();
    }
    return rows.filter((row) => matchesQuery(row, query)).sort(newestFirst);
  }

  /**
   * Every stored summary. A page older than this schema (another tab, not yet reloaded)
   * still writes attempts but not their summaries; a cheap check notices and the summaries
   * it left behind are written again, stored when the browser lets us.
   */
  private async readSummaries(): Promise<AttemptSummary[]> {
    const { attempts, summaries } = this.db;
    const { rows, inStep } = await this.db.transaction('r', attempts, summaries, async () => {
      const [all, count, latest] = await Promise.all([
        summaries.toArray(),
        attempts.count(),
        attempts.orderBy('updatedAt').reverse().limit(1).keys(),
      ]);
      return { rows: all, inStep: summariesInStep(all, count, latest[0]) };
    });
    if (inStep) return rows;
    try {
      return await this.db.transaction('rw', attempts, summaries, () =>
        reconcileSummaries(this.db, rows, true),
      );
    } catch {
      return this.db.transaction('r', attempts, summaries, () =>
        reconcileSummaries(this.db, rows, false),
      );
    }
  }

  /** A database read; once in memory mode a failed read gives `otherwise` (memory has the rest). */
  private async readDurable<T>(read: () => Promise<T>, otherwise: T): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (this.fallback !== undefined) return otherwise;
      throw error;
    }
  }

  protected async write(attemptId: string, change: Change): Promise<void> {
    if (this.fallback === undefined) {
      try {
        const { attempts, summaries } = this.db;
        const changed = await this.db.transaction('rw', attempts, summaries, async () => {
          const next = change(await attempts.get(attemptId));
          if (next === undefined) return false;
          await Promise.all([attempts.put(next), summaries.put(summaryOf(next))]);
          return true;
        });
        if (changed) this.mirror(attemptId, change);
        if (changed) this.notifier.changed(true);
        return;
      } catch (error) {
        if (error instanceof MissingAttemptError) throw error;
        this.switchToMemory(writeProblem(error));
      }
    }
    await this.writeToMemory(attemptId, change);
  }

  /** A write that was under way when another one failed: keeps the memory copy current too. */
  private mirror(attemptId: string, change: Change): void {
    const memory = this.fallback;
    if (memory?.peek(attemptId) !== undefined) memory.apply(attemptId, change);
  }

  /**
   * One transaction: finds which ids are stored (keys only), then adds only the others and
   * their summaries. A refusal (storage full) rolls it all back and rejects in plain words;
   * the tab stays on the database, as an import failing says nothing about play's small writes.
   */
  protected async addNew(rows: readonly StoredAttempt[]): Promise<number> {
    if (this.fallback !== undefined) return this.addToMemory(this.fallback, rows);
    const { attempts, summaries } = this.db;
    let added: number;
    try {
      added = await this.db.transaction('rw', attempts, summaries, async () => {
        const stored = await this.storedIdsAmong(rows);
        const fresh = rows.filter((row) => !stored.has(row.attemptId));
        if (fresh.length === 0) return 0;
        // One table after the other: interleaved requests made fake-indexeddb half as fast.
        await attempts.bulkAdd(fresh);
        await summaries.bulkPut(fresh.map(summaryOf));
        return fresh.length;
      });
    } catch (error) {
      throw new ImportFailedError(error, rows.length);
    }
    if (added > 0) this.notifier.changed(true);
    return added;
  }

  /**
   * The stored ids between the smallest and the largest of `rows`' ids: keys only, in one
   * request. Reading the stored attempts themselves (bulkGet) to learn that they exist took
   * 16 to 70 times as long for 10,000 to 100,000 of them (fake-indexeddb), and a cursor over
   * the ids is slow in some IndexedDB implementations.
   */
  private async storedIdsAmong(rows: readonly StoredAttempt[]): Promise<Set<string>> {
    const ids = rows.map((row) => row.attemptId).sort();
    const [lowest, highest] = [ids[0], ids[ids.length - 1]];
    if (lowest === undefined || highest === undefined) return new Set();
    const keys = await this.db.attempts
      .where(':id')
      .between(lowest, highest, true, true)
      .primaryKeys();
    return new Set(keys);
  }

  /**
   * In memory mode: new ids are those neither in memory nor in what the database holds.
   * A database that cannot even be read could hold any of them, so then nothing is added.
   */
  private async addToMemory(
    memory: MemoryAttemptStore,
    rows: readonly StoredAttempt[],
  ): Promise<number> {
    let inDatabase: Set<string>;
    try {
      inDatabase = await this.storedIdsAmong(rows);
    } catch (error) {
      throw new ImportFailedError(error, rows.length);
    }
    const added = memory.addNow(rows, (id) => inDatabase.has(id));
    if (added > 0) this.notifier.changed(false);
    return added;
  }

  private async writeToMemory(attemptId: string, change: Change): Promise<void> {
    const memory = this.fallback ?? this.switchToMemory(writeProblem(undefined));
    // The row the database still holds is the base of its first change in memory.
    const base =
      memory.peek(attemptId) === undefined
        ? await this.readDurable(() => this.db.attempts.get(attemptId), undefined)
        : undefined;
    if (memory.apply(attemptId, change, base)) this.notifier.changed(false);
  }

  private switchToMemory(problem: StorageProblem): MemoryAttemptStore {
    if (this.fallback === undefined) {
      this.currentProblem = problem;
      this.fallback = new MemoryAttemptStore({ problem, now: this.now });
    }
    return this.fallback;
  }
}
