import type { AttemptLog } from '../attempt/attempt-log.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { canonicalJson } from '../scenario/fingerprint.ts';
import type { ImportEntry, ImportPlan, ImportSummary } from './import-types.ts';
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
  const summary: ImportSummary = {
    files: files.length,
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

  for (const file of files) {
    const { entries, rejected } = readAttemptFile(file.name, file.text);
    const firstOfFile = summary.rejected.length;
    summary.rejected.push(...rejected);
    for (const entry of entries) take(entry);
    // A file's refusals in file order, whether the shape or the id refused them.
    const ofFile = summary.rejected
      .splice(firstOfFile)
      .sort((a, b) => (a.entry ?? -1) - (b.entry ?? -1));
    summary.rejected.push(...ofFile);
  }
  summary.added = toStore.length;
  return { toStore, summary };
}
