import type { AttemptQuery, AttemptStore, StoredAttempt } from '../../storage/attempt-store.ts';

/**
 * Lists the attempts matching `query` now and again after every change to the store.
 * Only the answer to the latest request is delivered, so a slow list that resolves
 * after a newer one cannot show old data. Returns the function that stops watching.
 */
export function watchAttempts(
  store: AttemptStore,
  query: AttemptQuery,
  onList: (attempts: StoredAttempt[]) => void,
  onError: (message: string) => void,
): () => void {
  let stopped = false;
  let latest = 0;
  const load = () => {
    const ticket = ++latest;
    store.list(query).then(
      (attempts) => {
        if (!stopped && ticket === latest) onList(attempts);
      },
      (error: unknown) => {
        if (!stopped && ticket === latest) {
          onError(error instanceof Error ? error.message : String(error));
        }
      },
    );
  };
  const unsubscribe = store.subscribe(load);
  load();
  return () => {
    stopped = true;
    unsubscribe();
  };
}
