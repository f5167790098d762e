import type { AnalysisReport, Trap } from '../analysis/analysis-types.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { DiagramNode, ScenarioDiagram } from './diagram-types.ts';

/** Notes kept per node: a state stuck in many situations says so a few times, not hundreds. */
const MAX_NOTES = 3;

function note(node: DiagramNode, message: string): void {
  if (node.notes.length < MAX_NOTES && !node.notes.includes(message)) node.notes.push(message);
}

/**
 * Sets the unreachable, trap and no-way-out flags from the analysis. A phase is reachable when
 * one of its states is. A truncated analysis knows no reachable set, so nothing is flagged
 * unreachable then.
 */
export function flagNodes(
  diagram: ScenarioDiagram,
  loaded: LoadedScenario,
  analysis: AnalysisReport,
): void {
  const byId = new Map(diagram.nodes.map((n) => [n.id, n]));
  if (!analysis.truncated) {
    const reached = new Set(analysis.reachableStates);
    // Children come after their parent in document order: walking backwards sees them first.
    for (let i = loaded.graph.order.length - 1; i >= 0; i--) {
      const id = loaded.graph.order[i];
      const state = id === undefined ? undefined : loaded.graph.states.get(id);
      if (state === undefined || state.kind !== 'compound') continue;
      if (state.children.some((child) => reached.has(child))) reached.add(state.id);
    }
    for (const node of diagram.nodes) node.flags.unreachable = !reached.has(node.id);
  }
  const mark = (traps: readonly Trap[], flag: 'trap' | 'noWayOut'): void => {
    for (const trap of traps) {
      const node = byId.get(trap.state);
      if (node === undefined) continue;
      node.flags[flag] = true;
      note(node, trap.message);
    }
  };
  mark(analysis.traps, 'trap');
  mark(analysis.noWayOut, 'noWayOut');
}
