import type { AttemptSummary } from '../../core/review/review-types.ts';

/** localStorage key of the time the manager last exported a bundle of everything. */
const KEY = 'extra-mile:review:last-backup';

/** When everything was last exported (epoch ms), or undefined; never throws. */
export function lastBackupAt(): number | undefined {
  try {
    const value = Number(window.localStorage.getItem(KEY));
    return Number.isFinite(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers that everything was exported now; a storage failure only loses the reminder. */
export function rememberBackup(at: number): void {
  try {
    window.localStorage.setItem(KEY, String(at));
  } catch {
    // The reminder will show again: harmless.
  }
}

/**
 * Attempts that a cleared browser would lose: played here and changed since the last
 * backup (imported ones still exist in the files they came from).
 */
export function onlyHereCount(
  rows: readonly AttemptSummary[],
  backupAt: number | undefined,
): number {
  return rows.filter(
    (r) => r.verification === 'local' && (backupAt === undefined || r.updatedAt > backupAt),
  ).length;
}
