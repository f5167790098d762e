import { useEffect, useState } from 'react';
import type { AttemptSummary } from '../../core/review/review-types.ts';
import type { AttemptStore } from '../../storage/attempt-store.ts';

/** Every attempt's summary as it loads, kept up to date as attempts are saved or imported. */
export type Summaries =
  | { status: 'loading' }
  | { status: 'ready'; rows: readonly AttemptSummary[] }
  | { status: 'failed'; message: string };

/**
 * The summaries of every attempt in this browser, newest first, reloaded after changes to
 * the store: at most one read runs at a time, and a change during a read brings one more
 * read after it, so the rows shown are never older than the last change.
 */
export function useSummaries(store: AttemptStore): Summaries {
  const [state, setState] = useState<{ store: AttemptStore; value: Summaries } | undefined>();
  useEffect(() => {
    let stopped = false;
    // One read at a time: changes arriving during a read (trainees playing in other tabs
    // send one per reply) make one more read once it ends, not one read each.
    let reading = false;
    let again = false;
    const load = () => {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      again = false;
      const done = (value: Summaries) => {
        reading = false;
        if (stopped) return;
        setState({ store, value });
        if (again) load();
      };
      store.listSummaries().then(
        (rows) => done({ status: 'ready', rows }),
        (error: unknown) =>
          done({
            status: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    };
    const unsubscribe = store.subscribe(load);
    load();
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [store]);
  return state?.store === store ? state.value : { status: 'loading' };
}
