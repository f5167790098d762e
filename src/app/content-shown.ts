/** How long a page may take to say its content is shown before the extras load anyway. */
const AT_THE_LATEST_MS = 2000;

let resolveShown: () => void = () => undefined;

/**
 * Resolves once a page has shown what the trainee came for (the library, the first
 * customer message), or after {@link AT_THE_LATEST_MS}. Code that only adds polish
 * (animation features, the scorecard) waits for it, so it never competes with that.
 */
export const contentShown: Promise<void> = new Promise((resolve) => {
  resolveShown = resolve;
  setTimeout(resolve, AT_THE_LATEST_MS);
});

/** Says the page's main content is on screen; later calls do nothing. */
export function markContentShown(): void {
  resolveShown();
}
