import type { AttemptEvent, AttemptLog, Mode } from '../core/attempt/attempt-log.ts';
import type {
  AttemptSummary,
  ReviewAttempt,
  VerificationRecord,
} from '../core/review/review-types.ts';
import type { Scorecard } from '../core/scoring/scorecard-types.ts';

/** Where an attempt stands. */
export type AttemptStatus = 'in-progress' | 'finished' | 'abandoned';

/** One attempt as stored: the log is the truth, the scorecard a cache stamped with the engine version. */
export interface StoredAttempt {
  /** Unique id (the log's attemptId). */
  attemptId: string;
  /** Trainee name as given. */
  trainee: string;
  /** Scenario id. */
  scenarioId: string;
  /** Fingerprint of the scenario version played. */
  scenarioFingerprint: string;
  /** Practice or assessment. */
  mode: Mode;
  /** In progress, finished or abandoned. */
  status: AttemptStatus;
  /** Wall-clock start (epoch ms). */
  startedAt: number;
  /** Wall-clock time of the last change (epoch ms). */
  updatedAt: number;
  /** The event log: everything that happened. */
  log: AttemptLog;
  /** Cached scorecard once finished (recomputed by replay when its engineVersion is stale). */
  scorecard?: Scorecard;
  /** What the manager's import found out about it; absent on attempts played in this browser. */
  verification?: VerificationRecord;
}

/** What can be asked of stored attempts. */
export interface AttemptQuery {
  /** Only this trainee's attempts. */
  trainee?: string;
  /** Only this scenario's attempts. */
  scenarioId?: string;
  /** Only attempts with this status. */
  status?: AttemptStatus;
}

/** What {@link AttemptStore.importAttempts} did. */
export interface ImportOutcome {
  /** Attempts stored by this import. */
  added: number;
  /** Attempts left out because their id was already stored (or came twice in the batch). */
  skipped: number;
}

/** Why attempts are kept only in memory, in words a trainee understands. */
export interface StorageProblem {
  /** `unavailable` (private window, blocked) or `quota` (disk full). */
  kind: 'unavailable' | 'quota' | 'failed';
  /** A plain sentence, shown as is. */
  message: string;
}

/**
 * The attempt store the player, the library and (later) the manager's review use.
 * Every write resolves only once the data is safely stored, so the player can show
 * the next customer message after it. When the browser's database cannot be used,
 * `durable` is false and attempts live in memory for this tab.
 */
export interface AttemptStore {
  /** Whether attempts survive a reload. */
  readonly durable: boolean;
  /** Why not, when they do not. */
  readonly problem: StorageProblem | undefined;
  /** Stores a new attempt (status in-progress). */
  create(log: AttemptLog): Promise<void>;
  /** Stores the log after `event` was appended to it; the log passed is the whole log. */
  record(event: AttemptEvent, log: AttemptLog): Promise<void>;
  /** Marks the attempt finished and caches its scorecard. */
  finish(attemptId: string, scorecard: Scorecard): Promise<void>;
  /** Marks an in-progress attempt abandoned (kept, never deleted). */
  abandon(attemptId: string): Promise<void>;
  /** One attempt, or undefined. */
  get(attemptId: string): Promise<StoredAttempt | undefined>;
  /** Attempts matching the query, newest first. */
  list(query?: AttemptQuery): Promise<StoredAttempt[]>;
  /** The stored attempts among `attemptIds`, in the order asked (unknown ids left out, each id once). */
  getMany(attemptIds: readonly string[]): Promise<StoredAttempt[]>;
  /** Every attempt's summary for the manager's review, newest first. */
  listSummaries(): Promise<AttemptSummary[]>;
  /**
   * Stores imported attempts with their summaries, all or none, and never changes one already
   * stored: an id already there (or earlier in the batch) is skipped. Rejects with an
   * `ImportFailedError` (storage-problems.ts: a plain message) when the browser refuses, having
   * stored nothing.
   */
  importAttempts(attempts: readonly ReviewAttempt[]): Promise<ImportOutcome>;
  /** Calls `listener` after any change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
