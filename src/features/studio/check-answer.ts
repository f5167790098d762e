import { checkScenario } from '../../core/analysis/check-scenario.ts';
import { failureDiagnostic } from '../../core/scenario/diagnostic.ts';
import type { ScenarioGraph } from '../../core/scenario/graph-types.ts';
import { buildScenarioDiagram } from '../../core/studio/scenario-diagram.ts';
import type { CheckAnswer, CheckedDraft, CheckRequest, DraftViewJson } from './check-protocol.ts';
import { stateLines } from './state-at-line.ts';

/** Checks one draft, in the worker or on the page; a crash of the engine is a diagnostic too. */
export function answerCheck(request: CheckRequest): CheckAnswer {
  return { id: request.id, result: checkDraft(request.text, request.file) };
}

/** The check of a draft, and what the studio shows of it, as plain data. */
export function checkDraft(text: string, file: string): CheckedDraft {
  try {
    const result = checkScenario(text, file);
    if (!result.ok) return { ok: false, diagnostics: result.diagnostics };
    const { diagnostics, loaded, analysis, locate } = result;
    const view: DraftViewJson = {
      title: JSON.stringify(loaded.scenario.title),
      diagram: JSON.stringify(buildScenarioDiagram(loaded, analysis)),
      analysis: JSON.stringify(analysis),
      stateLines: JSON.stringify(stateLines(loaded.graph, locate)),
      playable: JSON.stringify(playableStates(loaded.graph)),
    };
    return { ok: true, diagnostics, view };
  } catch (error) {
    return {
      ok: false,
      diagnostics: [
        failureDiagnostic(file, 'check-failed', 'the file could not be checked', error),
      ],
    };
  }
}

/**
 * Where a playtest can start: a turn the customer speaks in, or a phase (it starts at its
 * first turn); never an ending, a bare decision or the whole scenario.
 */
export function playableStates(graph: ScenarioGraph): string[] {
  return graph.order.filter((id) => {
    const node = graph.states.get(id);
    if (node === undefined || id === graph.root.id) return false;
    return (node.kind === 'atomic' && node.meta.customer !== undefined) || node.kind === 'compound';
  });
}
