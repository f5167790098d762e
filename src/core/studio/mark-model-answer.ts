import type { AnalysisReport, PathStep } from '../analysis/analysis-types.ts';
import type { ScenarioGraph } from '../scenario/graph-types.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { DiagramEdge, DiagramNode, ScenarioDiagram } from './diagram-types.ts';

/** Eventless hops followed between two decisions; a longer chain is not worth finding. */
const MAX_HOPS = 64;

/** `id` itself or one of its descendants is `inner`. */
function contains(graph: ScenarioGraph, id: string, inner: string): boolean {
  for (let at: string | null = inner; at !== null; at = graph.states.get(at)?.parent ?? null)
    if (at === id) return true;
  return false;
}

/**
 * The edges taken without a decision from `from` until `to` (phase starts and eventless
 * branches, breadth first), or null when `to` cannot be reached that way.
 */
function settle(
  graph: ScenarioGraph,
  out: ReadonlyMap<string, DiagramEdge[]>,
  from: string,
  to: string,
): DiagramEdge[] | null {
  const via = new Map<string, DiagramEdge | null>([[from, null]]);
  let frontier = [from];
  for (let hop = 0; hop <= MAX_HOPS && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const at of frontier) {
      if (at === to) {
        const chain: DiagramEdge[] = [];
        for (let e = via.get(at); e; e = via.get(e.source)) chain.unshift(e);
        return chain;
      }
      for (const edge of out.get(at) ?? []) {
        if (edge.kind !== 'always' && edge.kind !== 'initial') continue;
        if (via.has(edge.target)) continue;
        via.set(edge.target, edge);
        next.push(edge.target);
      }
    }
    frontier = next;
  }
  // Into a phase that holds `to` some other way than through its first turn.
  return contains(graph, from, to) ? [] : null;
}

/** The branches the decision could take: the option declared innermost, or the timeout waited for. */
function candidates(
  graph: ScenarioGraph,
  out: ReadonlyMap<string, DiagramEdge[]>,
  step: PathStep,
): DiagramEdge[] {
  if (step.choice === 'wait') {
    const owner = step.timeoutOf ?? step.state;
    return (out.get(owner) ?? []).filter((e) => e.kind === 'timeout');
  }
  for (let at: string | null = step.state; at !== null; at = graph.states.get(at)?.parent ?? null) {
    const found = (out.get(at) ?? []).filter((e) => e.kind === 'option' && e.event === step.choice);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Marks the model answer (the path of the best overall score) on nodes and edges: each
 * decision's state and the branch that leads on to the next decision (or the ending), with
 * the eventless hops between. Guards are not re-evaluated: of a decision's branches, the one
 * from which the next state can be reached without a decision is taken.
 */
export function markModelAnswer(
  diagram: ScenarioDiagram,
  loaded: LoadedScenario,
  analysis: AnalysisReport,
): void {
  const steps = analysis.modelAnswer;
  if (steps === null) return;
  const { graph } = loaded;
  const nodes = new Map<string, DiagramNode>(diagram.nodes.map((n) => [n.id, n]));
  const out = new Map<string, DiagramEdge[]>();
  for (const edge of diagram.edges) {
    const list = out.get(edge.source);
    if (list === undefined) out.set(edge.source, [edge]);
    else list.push(edge);
  }
  const take = (chain: readonly DiagramEdge[]): void => {
    for (const edge of chain) {
      edge.onModelAnswer = true;
      const target = nodes.get(edge.target);
      if (target !== undefined) target.onModelAnswer = true;
    }
  };
  const ending = analysis.overall.best?.ending?.state;
  const first = steps[0]?.state ?? ending;
  const start = graph.root.initial;
  if (start !== null && first !== undefined) {
    const startNode = nodes.get(start);
    if (startNode !== undefined) startNode.onModelAnswer = true;
    take(settle(graph, out, start, first) ?? []);
  }
  steps.forEach((step, i) => {
    const node = nodes.get(step.state);
    if (node !== undefined) {
      node.onModelAnswer = true;
      node.modelStep ??= i + 1;
    }
    const next = steps[i + 1]?.state ?? ending;
    const options = candidates(graph, out, step);
    if (next === undefined) return take(options.slice(0, 1));
    for (const edge of options) {
      const chain = settle(graph, out, edge.target, next);
      if (chain !== null) return take([edge, ...chain]);
    }
    take(options.slice(0, 1));
  });
}
