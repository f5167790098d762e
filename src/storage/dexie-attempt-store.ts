import { copyStored, MissingAttemptError } from './attempt-changes.ts';
import type { AttemptDatabase } from './attempt-database.ts';
import { RuleWritingStore, type Change } from './rule-writing-store.ts';
import type { AttemptQuery, AttemptStore, StorageProblem, StoredAttempt } from './attempt-store.ts';
import { ChangeNotifier } from './change-notifier.ts';
import { MemoryAttemptStore } from './memory-attempt-store.ts';
import { matchesQuery, newestFirst } from './query-attempts.ts';
import { writeProblem } from './storage-problems.ts';

/** Options of {@link DexieAttemptStore}. */
export interface DexieStoreOptions {
  /** Wall clock for `updatedAt`; defaults to `Date.now`. */
  now?: () => number;
  /** Tell other tabs about durable changes (BroadcastChannel); default true. */
  crossTab?: boolean;
}

/**
 * Attempts in the browser's database. Every write is one read-modify-write
 * transaction, resolved once committed. When a write fails (storage full, the
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
        const changed = await this.db.transaction('rw', this.db.attempts, async () => {
          const next = change(await this.db.attempts.get(attemptId));
          if (next === undefined) return false;
          await this.db.attempts.put(next);
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
