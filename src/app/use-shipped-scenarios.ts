import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LoadedScenario } from '../core/scenario/loaded-scenario.ts';
import { loadedShippedScenario, loadShippedScenario, type ShippedLoad } from './shipped-library.ts';

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
    if (key === '') return undefined;
    let live = true;
    // Also when all are here already: one may have arrived between render and effect.
    void Promise.all(key.split('\n').map(loadShippedScenario)).then(
      () => live && setArrived((n) => n + 1),
    );
    return () => {
      live = false;
    };
  }, [key]);
  // `arrived` is the reason to hand out a new lookup: the scenarios behind it changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useCallback((id: string) => loadedShippedScenario(id), [arrived]);
}

/**
 * One shipped scenario's conversation: undefined while its chunk arrives, then how the
 * load went. State rather than Suspense, so a fast load shows at once (React holds back
 * a suspended boundary's content for a few hundred ms after its fallback).
 */
export function useShippedScenario(id: string): ShippedLoad | undefined {
  const ready = loadedShippedScenario(id);
  const [answer, setAnswer] = useState<{ id: string; load: ShippedLoad } | undefined>();
  useEffect(() => {
    // Subscribed even when loaded: it may have arrived between this render and the effect.
    let live = true;
    void loadShippedScenario(id).then((load) => live && setAnswer({ id, load }));
    return () => {
      live = false;
    };
  }, [id]);
  if (ready !== undefined) return { status: 'ready', loaded: ready };
  return answer?.id === id ? answer.load : undefined;
}
