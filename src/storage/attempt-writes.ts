import type { AttemptEvent, AttemptLog } from '../core/attempt/attempt-log.ts';
import type { AttemptSummary, ReviewAttempt } from '../core/review/review-types.ts';
import type { Scorecard } from '../core/scoring/scorecard-types.ts';
import type {
  AttemptQuery,
  AttemptStore,
  ImportOutcome,
  StorageProblem,
  StoredAttempt,
} from './attempt-store.ts';

/** Told the id of an attempt this tab has just written (created, recorded, finished, abandoned). */
export type AttemptWriteListener = (attemptId: string) => void;

/**
 * Tells listeners which attempt this tab wrote, once the write is stored. The xAPI outbox
 * listens, so it queues an attempt's new statements right after each reply without the
 * player knowing about it. Imports were not played here and are not reported.
 */
export class AttemptWrites {
  private readonly listeners = new Set<AttemptWriteListener>();

  /** Adds a listener; returns the function that removes it. */
  listen(listener: AttemptWriteListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells every listener; a listener's failure is its own (the write has succeeded). */
  tell(attemptId: string): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(attemptId);
      } catch {
        // ignored: see above
      }
    }
  }

  /** The store, reporting its writes here. */
  observe(store: AttemptStore): AttemptStore {
    return new ObservedAttemptStore(store, this);
  }
}

/** An attempt store that reports each write it made (see AttemptWrites). */
class ObservedAttemptStore implements AttemptStore {
  constructor(
    private readonly inner: AttemptStore,
    private readonly writes: AttemptWrites,
  ) {}

  get durable(): boolean {
    return this.inner.durable;
  }

  get problem(): StorageProblem | undefined {
    return this.inner.problem;
  }

  async create(log: AttemptLog): Promise<void> {
    await this.inner.create(log);
    this.writes.tell(log.attemptId);
  }

  async record(event: AttemptEvent, log: AttemptLog): Promise<void> {
    await this.inner.record(event, log);
    this.writes.tell(log.attemptId);
  }

  async finish(attemptId: string, scorecard: Scorecard): Promise<void> {
    await this.inner.finish(attemptId, scorecard);
    this.writes.tell(attemptId);
  }

  async abandon(attemptId: string): Promise<void> {
    await this.inner.abandon(attemptId);
    this.writes.tell(attemptId);
  }

  get(attemptId: string): Promise<StoredAttempt | undefined> {
    return this.inner.get(attemptId);
  }

  list(query?: AttemptQuery): Promise<StoredAttempt[]> {
    return this.inner.list(query);
  }

  getMany(attemptIds: readonly string[]): Promise<StoredAttempt[]> {
    return this.inner.getMany(attemptIds);
  }

  listSummaries(): Promise<AttemptSummary[]> {
    return this.inner.listSummaries();
  }

  importAttempts(attempts: readonly ReviewAttempt[]): Promise<ImportOutcome> {
    return this.inner.importAttempts(attempts);
  }

  subscribe(listener: () => void): () => void {
    return this.inner.subscribe(listener);
  }
}

/** This tab's attempt writes (the shared store reports to it). */
export const attemptWrites = new AttemptWrites();
