/** How long one request to the LRS may take before it counts as failed. */
export const LRS_TIMEOUT_MS = 30_000;

/**
 * The promise, or a rejection saying `what` after `ms`: the xAPI client sets no timeout of its own, and one
 * request that never answers would otherwise hold the send lock (or a "Testing…" line) forever.
 */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number = LRS_TIMEOUT_MS,
  what = `the LRS did not answer within ${Math.round(ms / 1000)} s`,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
