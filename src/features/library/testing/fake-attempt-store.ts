import type { AttemptEvent, AttemptLog } from '../../../core/attempt/attempt-log.ts';
import type { Scorecard } from '../../../core/scoring/scorecard-types.ts';
import { withLog } from '../../../storage/attempt-changes.ts';
import { importRows, summaryOf } from '../../../storage/review-rows.ts';
import type { AttemptSummary, ReviewAttempt } from '../../../core/review/review-types.ts';
import type {
  AttemptQuery,
  AttemptStore,
  ImportOutcome,
  StoredAttempt,
} from '../../../storage/attempt-store.ts';

/** For tests: an AttemptStore in memory, with a clock the test controls. */
export class FakeAttemptStore implements AttemptStore {
  /** Always in memory, but reported durable so no storage warning shows. */
  readonly durable = true;
  /** No problem to report. */
  readonly problem = undefined;
  /** The wall clock used for `updatedAt` (epoch ms). */
  now = 1_000;
  private readonly attempts = new Map<string, StoredAttempt>();
  private readonly listeners = new Set<() => void>();

  /** Puts an attempt in as is (for seeding a test). */
  seed(attempt: StoredAttempt): void {
    this.attempts.set(attempt.attemptId, attempt);
    this.changed();
  }

  /** Stores a new in-progress attempt. */
  create(log: AttemptLog): Promise<void> {
    // The storage's own rule builds the row, so the fake cannot drift from the real stores.
    const row = withLog(undefined, log, this.now);
    if (row !== undefined) this.seed(row);
    return Promise.resolve();
  }

  /** Replaces the log. */
  record(_event: AttemptEvent, log: AttemptLog): Promise<void> {
    return this.update(log.attemptId, { log });
  }

  /** Marks it finished with its scorecard. */
  finish(attemptId: string, scorecard: Scorecard): Promise<void> {
    return this.update(attemptId, { status: 'finished', scorecard });
  }

  /** Marks it abandoned. */
  abandon(attemptId: string): Promise<void> {
    return this.update(attemptId, { status: 'abandoned' });
  }

  /** One attempt. */
  get(attemptId: string): Promise<StoredAttempt | undefined> {
    return Promise.resolve(this.attempts.get(attemptId));
  }

  /** Matching attempts, newest first. */
  list(query: AttemptQuery = {}): Promise<StoredAttempt[]> {
    const found = [...this.attempts.values()].filter(
      (a) =>
        (query.trainee === undefined || a.trainee === query.trainee) &&
        (query.scenarioId === undefined || a.scenarioId === query.scenarioId) &&
        (query.status === undefined || a.status === query.status),
    );
    return Promise.resolve(found.sort((a, b) => b.startedAt - a.startedAt));
  }

  /** The stored attempts among the ids, in order. */
  getMany(attemptIds: readonly string[]): Promise<StoredAttempt[]> {
    const found = [...new Set(attemptIds)].map((id) => this.attempts.get(id));
    return Promise.resolve(found.filter((a): a is StoredAttempt => a !== undefined));
  }

  /** Every attempt's summary, newest first (built by the storage's own rule). */
  async listSummaries(): Promise<AttemptSummary[]> {
    return (await this.list()).map(summaryOf);
  }

  /** Adds the attempts whose ids are new, with the storage's own rule for rows. */
  importAttempts(attempts: readonly ReviewAttempt[]): Promise<ImportOutcome> {
    let added = 0;
    for (const row of importRows(attempts)) {
      if (this.attempts.has(row.attemptId)) continue;
      this.attempts.set(row.attemptId, row);
      added++;
    }
    if (added > 0) this.changed();
    return Promise.resolve({ added, skipped: attempts.length - added });
  }

  /** Calls `listener` after every change. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(attemptId: string, change: Partial<StoredAttempt>): Promise<void> {
    const attempt = this.attempts.get(attemptId);
    if (attempt === undefined) return Promise.reject(new Error(`no attempt ${attemptId}`));
    this.attempts.set(attemptId, { ...attempt, ...change, updatedAt: this.now });
    this.changed();
    return Promise.resolve();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
