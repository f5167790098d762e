import type { AttemptLog } from '../../core/attempt/attempt-log.ts';
import type { ImportSummary } from '../../core/review/import-types.ts';
import type { DroppedFile } from '../../core/review/plan-import.ts';
import type { ReviewAttempt } from '../../core/review/review-types.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';

/**
 * A file to import: as the browser gave it (read where the job runs, so a worker spares
 * the page decoding it), or already read.
 */
export type ImportFile = File | DroppedFile;

/** A stored attempt's log, as the import compares it with a file's (the rest of the row is not needed). */
export interface StoredLog {
  /** The stored attempt's id. */
  attemptId: string;
  /** Its event log. */
  log: AttemptLog;
}

/** What the page asks of the import job (all of it survives structured clone). */
export type ToImportJob =
  /** Phase 1: read these files and keep what they hold until the plan is asked for. */
  | { type: 'read'; files: ImportFile[] }
  /** Phase 2: plan the files read, given the stored attempts among their ids and the library. */
  | { type: 'plan'; stored: StoredLog[]; scenarios: LoadedScenario[]; now: number };

/** What the import job answers. */
export type FromImportJob =
  /** The job is running (a worker that never says so did not start). */
  | { type: 'ready' }
  /** Phase 1 done: the ids to look up in the store, and how many attempts the files hold. */
  | { type: 'read'; attemptIds: string[]; attempts: number }
  /** Phase 2 under way: `checked` of `total` attempts replayed or found duplicate. */
  | { type: 'progress'; checked: number; total: number }
  /** Phase 2: the next attempts to store, in order (parts keep each message quick to receive). */
  | { type: 'part'; toStore: ReviewAttempt[] }
  /** Phase 2 done: every part was sent; `attempts` is how many they hold together. */
  | { type: 'planned'; summary: ImportSummary; attempts: number }
  /** The job could not go on; nothing was planned. A plain reason, without "Nothing was imported". */
  | { type: 'failed'; reason: string };
