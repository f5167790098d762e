import { checkScenario } from '../../core/analysis/check-scenario.ts';
import type { CheckAnswer, CheckRequest, DraftCheck } from './check-protocol.ts';
import { stateLines } from './state-at-line.ts';

/** Checks one draft, in the worker or on the page; a crash of the engine is a diagnostic too. */
export function answerCheck(request: CheckRequest): CheckAnswer {
  return { id: request.id, result: checkDraft(request.text, request.file) };
}

/** The check of a draft, with its states' lines, as plain data. */
export function checkDraft(text: string, file: string): DraftCheck {
  try {
    const result = checkScenario(text, file);
    if (!result.ok) return result;
    const { diagnostics, loaded, analysis, locate } = result;
    return {
      ok: true,
      diagnostics,
      loaded,
      analysis,
      stateLines: stateLines(loaded.graph, locate),
    };
  } catch (error) {
    // The engine never throws on bad input; if it does anyway, the author still gets words.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          code: 'check-failed',
          message: `the file could not be checked: ${reason}`,
          path: [],
        },
      ],
    };
  }
}
