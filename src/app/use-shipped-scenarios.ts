import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LoadedScenario } from '../core/scenario/loaded-scenario.ts';
import { loadedShippedScenario, loadShippedScenario } from './shipped-library.ts';

/**
 * Fetches the conversations of the shipped scenarios in `ids` (those not here yet) and
 * returns a lookup that changes identity whenever one arrives, so memos that use it
 * recompute. Most pages need none: stored scorecards carry their own numbers.
 */
export function useShippedScenarios(
  ids: readonly string[],
): (id: string) => LoadedScenario | undefined {
  const [arrived, setArrived] = useState(0);
  const key = useMemo(() => [...new Set(ids)].sort().join('\n'), [ids]);
  useEffect(() => {
    let live = true;
    const missing = key === '' ? [] : key.split('\n').filter((id) => !loadedShippedScenario(id));
    for (const id of missing) {
      void loadShippedScenario(id).then((load) => {
        if (live && load.status === 'ready') setArrived((n) => n + 1);
      });
    }
    return () => {
      live = false;
    };
  }, [key]);
  // `arrived` is the reason to hand out a new lookup: the scenarios behind it changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((id: string) => loadedShippedScenario(id), [arrived]);
}
