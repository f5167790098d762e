import { useEffect, useState } from 'react';
import { checkScenario, type CheckResult } from '../../core/analysis/check-scenario.ts';

/** The last check of the text being edited, and whether a newer one is on its way. */
export interface ScenarioCheck {
  /** The result for `checkedText` (undefined before the first check). */
  result: CheckResult | undefined;
  /** The text that result is for. */
  checkedText: string | undefined;
  /** The text changed since: the result is about to be replaced. */
  stale: boolean;
}

/** How long typing must pause before the file is checked again. */
export const CHECK_DELAY_MS = 250;

/**
 * Checks the scenario text with the same engine as the checker, once typing pauses:
 * the diagnostics, the loaded scenario and its analysis. A file of 1,000 states checks in
 * tens of milliseconds, so the pause, not a worker, keeps typing smooth.
 */
export function useScenarioCheck(text: string, file: string): ScenarioCheck {
  const [state, setState] = useState<{ text: string; file: string; result: CheckResult }>();
  useEffect(() => {
    const timer = window.setTimeout(
      () => setState({ text, file, result: checkScenario(text, file) }),
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
