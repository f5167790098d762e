import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Mode } from '../../core/attempt/attempt-log.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { SessionStore, type SessionState } from './session-store.ts';

export type { SessionState } from './session-store.ts';

/** Starts a play session for the scenario and follows its view; stops it on unmount. */
export function usePlaySession(loaded: LoadedScenario, trainee: string, mode: Mode): SessionState {
  const store = useMemo(() => new SessionStore(loaded, trainee, mode), [loaded, trainee, mode]);
  useEffect(() => {
    store.start();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') store.pause();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      store.stop();
    };
  }, [store]);
  return useSyncExternalStore(store.subscribe, store.getState);
}
