import { useEffect, useState } from 'react';
import type { AttemptSummary } from '../../core/review/review-types.ts';
import type { AttemptStore } from '../../storage/attempt-store.ts';

/** Every attempt's summary as it loads, kept up to date as attempts are saved or imported. */
export type Summaries =
  | { status: 'loading' }
  | { status: 'ready'; rows: readonly AttemptSummary[] }
  | { status: 'failed'; message: string };

/**
 * The summaries of every attempt in this browser, newest first, reloaded after each
 * change to the store. Only the latest answer is kept, so a slow load that finishes after
 * a newer one never shows old rows.
 */
export function useSummaries(store: AttemptStore): Summaries {
  const [state, setState] = useState<{ store: AttemptStore; value: Summaries } | undefined>();
  useEffect(() => {
    let stopped = false;
    let latest = 0;
    const load = () => {
      const ticket = ++latest;
      store.listSummaries().then(
        (rows) =>
          !stopped && ticket === latest && setState({ store, value: { status: 'ready', rows } }),
        (error: unknown) =>
          !stopped &&
          ticket === latest &&
          setState({
            store,
            value: {
              status: 'failed',
              message: error instanceof Error ? error.message : String(error),
            },
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
