import type { StorageProblem } from './attempt-store.ts';
import { isQuotaError, isVersionError } from './storage-problems.ts';

const KEEP = 'Save your scenario to a file (or download it) before you close this tab.';

/** The browser will not open its database (private window, blocked, too slow). */
export const DRAFTS_UNAVAILABLE: StorageProblem = {
  kind: 'unavailable',
  message: `This browser is not letting the studio keep drafts (private window?), so your edits live in this tab only. ${KEEP}`,
};

/** Another tab runs a newer Extra Mile that upgraded the database. */
export const DRAFTS_NEWER_VERSION: StorageProblem = {
  kind: 'unavailable',
  message: `A newer version of Extra Mile is open in another tab, so this page cannot keep drafts. Reload this page; until then ${KEEP.toLowerCase()}`,
};

/** The browser's storage is full. */
export const DRAFTS_QUOTA: StorageProblem = {
  kind: 'quota',
  message: `This browser's storage is full, so the studio keeps your edits in this tab only from now on. ${KEEP}`,
};

/** Any other refused write. */
export const DRAFTS_WRITE_FAILED: StorageProblem = {
  kind: 'failed',
  message: `The studio could not save your draft in this browser, so it keeps your edits in this tab only from now on. ${KEEP}`,
};

/** The problem to report after a failed write or open. */
export function draftProblem(error: unknown): StorageProblem {
  if (isQuotaError(error)) return DRAFTS_QUOTA;
  return isVersionError(error) ? DRAFTS_NEWER_VERSION : DRAFTS_WRITE_FAILED;
}
