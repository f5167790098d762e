import { useEffect, useRef, useState } from 'react';
import { createCheckClient, type CheckClient } from './check-client.ts';
import type { DraftCheck } from './check-protocol.ts';

/** The last check of the text being edited, and whether a newer one is on its way. */
export interface ScenarioCheck {
  /** The result for `checkedText` (undefined before the first check). */
  result: DraftCheck | undefined;
  /** The text that result is for. */
  checkedText: string | undefined;
  /** The text changed since: the result is about to be replaced. */
  stale: boolean;
}

/** How long typing must pause before the file is checked again. */
export const CHECK_DELAY_MS = 250;

/**
 * Checks the scenario text with the same engine as the checker, once typing pauses: the
 * diagnostics, the loaded scenario, its analysis and where each state starts. The check runs
 * in a worker (about 0.4 s at 1,000 states would freeze the editor), one at a time, so only
 * the newest text is checked once the running check is done.
 */
export function useScenarioCheck(text: string, file: string): ScenarioCheck {
  const clientRef = useRef<CheckClient | undefined>(undefined);
  const [state, setState] = useState<{ text: string; file: string; result: DraftCheck }>();

  useEffect(() => {
    const client = createCheckClient();
    clientRef.current = client;
    return () => {
      client.dispose();
      clientRef.current = undefined;
    };
  }, []);

  useEffect(() => {
    const timer = window.setTimeout(
      () => clientRef.current?.request(text, file, (result) => setState({ text, file, result })),
      state === undefined ? 0 : CHECK_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
    // `state` only decides whether this is the first check (no delay for a file just opened).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text, file]);

  const current = state?.file === file ? state : undefined;
  return {
    result: current?.result,
    checkedText: current?.text,
    stale: current?.text !== text,
  };
}
