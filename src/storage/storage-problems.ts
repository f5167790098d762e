import type { StorageProblem } from './attempt-store.ts';

/** The browser will not open its database at all (private window, blocked, too slow). */
export const UNAVAILABLE: StorageProblem = {
  kind: 'unavailable',
  message:
    'This browser is not letting Extra Mile save your practice (private window?). You can keep playing; download your attempt at the end to keep it.',
};

/** A newer Extra Mile (another tab) has upgraded the database past what this page knows. */
export const NEWER_VERSION: StorageProblem = {
  kind: 'unavailable',
  message:
    'A newer version of Extra Mile is open in another tab, so this page cannot save your practice. Reload this page to keep saving; until then you can keep playing and download your attempt at the end.',
};

/** The disk (or the browser's share of it) is full: from now on this tab keeps attempts in memory. */
export const QUOTA: StorageProblem = {
  kind: 'quota',
  message:
    "This browser's storage is full, so Extra Mile is keeping your practice in this tab only from now on. What was saved stays saved; download your attempt at the end to keep it.",
};

/** Any other failed write: from now on this tab keeps attempts in memory. */
export const WRITE_FAILED: StorageProblem = {
  kind: 'failed',
  message:
    'Extra Mile could not save to this browser, so it is keeping your practice in this tab only from now on. What was saved stays saved; download your attempt at the end to keep it.',
};

/** The DOMException / Dexie error names of a failure and of its causes. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    if ('name' in current && typeof current.name === 'string') names.push(current.name);
    current = 'inner' in current ? current.inner : 'cause' in current ? current.cause : undefined;
  }
  return names;
}

/** Whether the browser refused a write because storage is full. */
export function isQuotaError(error: unknown): boolean {
  return errorNames(error).some((name) => name === 'QuotaExceededError');
}

/** Whether the database on disk is newer than the schema this page declares. */
export function isVersionError(error: unknown): boolean {
  return errorNames(error).some((name) => name === 'VersionError');
}

/** The problem to report after a failed write. */
export function writeProblem(error: unknown): StorageProblem {
  if (isQuotaError(error)) return QUOTA;
  return isVersionError(error) ? NEWER_VERSION : WRITE_FAILED;
}

/** An import the browser refused: nothing of it was stored, and nothing stored changed. */
export class ImportFailedError extends Error {
  /** `quota` when storage is full, `failed` for any other refusal. */
  readonly kind: 'quota' | 'failed';

  constructor(error: unknown, count: number) {
    const none =
      count === 1 ? 'the attempt was not imported' : `none of the ${count} attempts were imported`;
    const kept = 'Nothing already stored has changed.';
    const message = isQuotaError(error)
      ? `This browser's storage is full, so ${none}. ${kept} Export a backup and free some space, or import fewer files at once.`
      : isVersionError(error)
        ? `A newer version of Extra Mile is open in another tab, so ${none}. ${kept} Reload this page and import again.`
        : `Extra Mile could not save to this browser, so ${none}. ${kept} Try again; if it keeps failing, reload the page.`;
    super(message, { cause: error });
    this.name = 'ImportFailedError';
    this.kind = isQuotaError(error) ? 'quota' : 'failed';
  }
}
