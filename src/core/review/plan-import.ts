import type { AttemptLog } from '../attempt/attempt-log.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { canonicalJson } from '../scenario/fingerprint.ts';
import type {
  AttemptFileContents,
  ImportEntry,
  ImportPlan,
  ImportSummary,
} from './import-types.ts';
import { readAttemptFile } from './read-attempt-file.ts';
import type { ReviewAttempt } from './review-types.ts';
import { verifyAttempt } from './verify-attempt.ts';

/** A file the manager dropped or picked. */
export interface DroppedFile {
  /** Its name, as the browser gives it. */
  name: string;
  /** Its text. */
  text: string;
}

/** "x.json, entry 3" or "x.json": where an attempt of the batch came from. */
const placeOf = (entry: ImportEntry): string =>
  entry.entry === undefined ? entry.file : `${entry.file}, entry ${entry.entry + 1}`;

/** How many attempts are checked between two progress reports of {@link planEntries}. */
export const PLAN_PROGRESS_EVERY = 200;

/** Told how far planning has got: `checked` of the `total` attempts the files hold. */
export type PlanProgress = (checked: number, total: number) => void;

/**
 * Reads every dropped file, in order: the attempts each holds (shape checked, not yet
 * replayed) and what it refuses. The first half of {@link planImport}. Never throws.
 */
export function readDroppedFiles(files: readonly DroppedFile[]): AttemptFileContents[] {
  return files.map((file) => readAttemptFile(file.name, file.text));
}

/**
 * The distinct attempt ids the read files hold, in first-seen order: the only stored
 * attempts {@link planEntries} will ask about, so a caller can fetch just those.
 */
export function attemptIdsOf(read: readonly AttemptFileContents[]): string[] {
  const ids = new Set<string>();
  for (const contents of read) for (const entry of contents.entries) ids.add(entry.log.attemptId);
  return [...ids];
}

/**
 * Plans an import: reads every file, skips attempts already stored (or earlier in the
 * batch) with the same log, refuses an id that comes with a different log, and verifies
 * the rest by replay. Logs are compared canonically (key order does not matter). What it
 * plans to store is new: nothing already stored is in it, so nothing stored changes.
 * Never throws on bad files: they are in `summary.rejected` with the reason.
 */
export function planImport(
  files: readonly DroppedFile[],
  stored: (attemptId: string) => { log: AttemptLog } | undefined,
  findScenario: (fingerprint: string) => LoadedScenario | undefined,
  now: number,
): ImportPlan {
  return planEntries(readDroppedFiles(files), stored, findScenario, now);
}

/**
 * The second half of {@link planImport}, on files already read ({@link readDroppedFiles},
 * one contents per file, in drop order): the same plan `planImport` makes of those files.
 * `onProgress` hears every {@link PLAN_PROGRESS_EVERY} attempts, so a long replay can
 * show how far it has got. Never throws on bad entries.
 */
export function planEntries(
  read: readonly AttemptFileContents[],
  stored: (attemptId: string) => { log: AttemptLog } | undefined,
  findScenario: (fingerprint: string) => LoadedScenario | undefined,
  now: number,
  onProgress?: PlanProgress,
): ImportPlan {
  const summary: ImportSummary = {
    files: read.length,
    added: 0,
    verified: 0,
    altered: 0,
    cannotVerify: 0,
    duplicates: 0,
    rejected: [],
  };
  const toStore: ReviewAttempt[] = [];
  /** The canonical log of each id taken in this batch, and where it came from. */
  const batch = new Map<string, { canonical: string; place: string }>();

  const take = (entry: ImportEntry): void => {
    const id = entry.log.attemptId;
    const at = entry.entry === undefined ? {} : { entry: entry.entry };
    const canonical = canonicalJson(entry.log);
    const kept = stored(id);
    if (kept !== undefined) {
      if (canonicalJson(kept.log) === canonical) summary.duplicates++;
      else
        summary.rejected.push({
          file: entry.file,
          ...at,
          reason:
            'an attempt with this id is already stored with a different log; kept the stored one',
        });
      return;
    }
    const earlier = batch.get(id);
    if (earlier !== undefined) {
      if (earlier.canonical === canonical) summary.duplicates++;
      else
        summary.rejected.push({
          file: entry.file,
          ...at,
          reason: `an attempt with this id comes earlier in this import (${earlier.place}) with a different log; kept that one`,
        });
      return;
    }
    batch.set(id, { canonical, place: placeOf(entry) });
    const attempt = verifyAttempt(entry, findScenario, { now, source: entry.file });
    toStore.push(attempt);
    switch (attempt.verification?.status) {
      case 'verified':
        summary.verified++;
        break;
      case 'altered':
        summary.altered++;
        break;
      case 'cannot-verify':
        summary.cannotVerify++;
        break;
    }
  };

  const total = read.reduce((sum, contents) => sum + contents.entries.length, 0);
  let checked = 0;
  for (const { entries, rejected } of read) {
    const firstOfFile = summary.rejected.length;
    summary.rejected.push(...rejected);
    for (const entry of entries) {
      take(entry);
      checked++;
      if (onProgress !== undefined && checked % PLAN_PROGRESS_EVERY === 0)
        onProgress(checked, total);
    }
    // A file's refusals in file order, whether the shape or the id refused them.
    const ofFile = summary.rejected
      .splice(firstOfFile)
      .sort((a, b) => (a.entry ?? -1) - (b.entry ?? -1));
    summary.rejected.push(...ofFile);
  }
  summary.added = toStore.length;
  return { toStore, summary };
}
