import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Mode, StartPoint } from '../../core/attempt/attempt-log.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { useAttemptStore } from '../../storage/attempt-store-context.tsx';
import { SessionStore, type SessionState } from './session-store.ts';

export type { RunningSession, SessionState, StorageStatus } from './session-store.ts';

/** What the player can do with the attempt besides replying. */
export interface SessionControls {
  /** Marks the current attempt abandoned (kept, never resumed) and stops it. */
  abandon: () => Promise<void>;
  /** Abandons the current attempt unless it ended, and starts a fresh one. */
  startFresh: () => Promise<void>;
}

/** The session state plus its controls. */
export type PlaySessionHandle = SessionState & SessionControls;

/**
 * Plays the scenario for React: resumes this trainee's unfinished attempt of it (in the
 * mode it was started in) or stores a new one, saves every event through the attempt
 * store of the nearest AttemptStoreProvider, and stops on unmount.
 */
export function usePlaySession(
  loaded: LoadedScenario,
  trainee: string,
  mode: Mode,
  /** A playtest from a turn (the studio); pass a stable object. */
  startAt?: StartPoint,
): PlaySessionHandle {
  const attempts = useAttemptStore();
  const store = useMemo(
    () =>
      new SessionStore(loaded, trainee, mode, attempts, startAt === undefined ? {} : { startAt }),
    [loaded, trainee, mode, attempts, startAt],
  );
  useEffect(() => {
    void store.start();
    // Hiding the tab pauses the clock; leaving the page does not (the pause could not be
    // saved reliably while the page unloads), so a reload resumes at the last saved event.
    let leaving = false;
    const onPageHide = () => {
      leaving = true;
    };
    const onPageShow = () => {
      leaving = false;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden' && !leaving) store.pause();
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('pageshow', onPageShow);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      document.removeEventListener('visibilitychange', onVisibility);
      store.stop();
    };
  }, [store]);
  const state = useSyncExternalStore(store.subscribe, store.getState);
  return useMemo(
    () => ({ ...state, abandon: store.abandon, startFresh: store.startFresh }),
    [state, store],
  );
}
