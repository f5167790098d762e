import { BUNDLE_FOOTER, bundleHeader, bundleLine } from '../../core/review/attempt-bundle.ts';
import type { AttemptStore } from '../../storage/attempt-store.ts';
import { reviewAttemptOf } from './review-attempt-of.ts';

/** Attempts read from the store at a time: a backup of 100,000 never holds them all. */
const PAGE = 1000;

/**
 * A bundle of the attempts `ids` (in that order) as a Blob, read a page at a time: each
 * page becomes text and then a Blob the browser may keep on disk, so a backup of 100,000
 * attempts never needs them all in memory, nor one string longer than a browser allows.
 */
export async function bundleBlob(
  store: AttemptStore,
  ids: readonly string[],
  exportedAt: number,
  onProgress: (done: number) => void = () => undefined,
): Promise<{ blob: Blob; count: number }> {
  const pages: Blob[] = [];
  let count = 0;
  for (let from = 0; from < ids.length; from += PAGE) {
    const stored = await store.getMany(ids.slice(from, from + PAGE));
    const lines = stored.map((a, i) => bundleLine(reviewAttemptOf(a), count + i === 0));
    count += stored.length;
    pages.push(new Blob(lines));
    onProgress(Math.min(from + PAGE, ids.length));
  }
  const text = new Blob([bundleHeader(exportedAt), ...pages, BUNDLE_FOOTER], {
    type: 'application/json',
  });
  return { blob: text, count };
}
