import { useEffect, useState } from 'react';
import type { Mode } from '../../core/attempt/attempt-log.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { createPlaySession, type PlaySession } from '../../core/play/play-session.ts';
import type { PlayView } from '../../core/play/play-view.ts';

/** A running session and its latest view, or the reason it could not start. */
export type SessionState =
  | { status: 'starting' }
  | { status: 'running'; session: PlaySession; view: PlayView }
  | { status: 'failed'; message: string };

/** Starts a play session for the scenario and follows its view; stops it on unmount. */
export function usePlaySession(
  loaded: LoadedScenario,
  trainee: string,
  mode: Mode,
  run: number,
): SessionState {
  const [state, setState] = useState<SessionState>({ status: 'starting' });
  useEffect(() => {
    let session: PlaySession;
    try {
      session = createPlaySession({ loaded, trainee, mode });
    } catch (error) {
      setState({
        status: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    }
    setState({ status: 'running', session, view: session.getView() });
    const unsubscribe = session.subscribe((view) => setState({ status: 'running', session, view }));
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void session.pause();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      unsubscribe();
      session.stop();
    };
  }, [loaded, trainee, mode, run]);
  return state;
}
