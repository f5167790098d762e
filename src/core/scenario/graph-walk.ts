import type { ScenarioGraph, StateNodeInfo, TransitionInfo } from './graph-types.ts';
import { initialLeaf, lineage } from './semantics.ts';

/**
 * Structural walks over a resolved graph for the validator: every option,
 * timeout and eventless alternative counts as possible, whatever its guard.
 */

/** How a state is named in messages: its key path, as the author wrote it. */
export function stateName(node: StateNodeInfo): string {
  return node.keyPath.length === 0 ? node.id : node.keyPath.join('.');
}

/** Every alternative declared on a node: options, then timeouts, then eventless. */
export function declaredTransitions(node: StateNodeInfo): TransitionInfo[] {
  return [
    ...node.options.flatMap((o) => o.branches),
    ...node.timeouts.flatMap((t) => t.branches),
    ...node.always,
  ];
}

/** Every alternative that can fire while a leaf is active: its own and its ancestors'. */
export function transitionsAt(graph: ScenarioGraph, leaf: string): TransitionInfo[] {
  return lineage(graph, leaf).flatMap(declaredTransitions);
}

/** The leaf a transition settles on before eventless transitions: the target's initial leaf. */
export function landingLeaf(
  graph: ScenarioGraph,
  from: string,
  transition: TransitionInfo,
): string {
  if (transition.target === null) return from;
  const entered = initialLeaf(graph, transition.target);
  return entered[entered.length - 1] ?? transition.target;
}

/** The leaf where the machine starts, before eventless transitions. */
export function startLeaf(graph: ScenarioGraph): string {
  const entered = initialLeaf(graph, graph.root.id);
  return entered[entered.length - 1] ?? graph.root.id;
}

/** Leaves (atomic or final states) in document order. */
export function leaves(graph: ScenarioGraph): StateNodeInfo[] {
  return graph.order
    .map((id) => graph.states.get(id))
    .filter(
      (n): n is StateNodeInfo => n !== undefined && n.kind !== 'compound' && n.parent !== null,
    );
}

/** Leaves reachable from the start; nothing leaves a final state. */
export function reachableLeaves(graph: ScenarioGraph): Set<string> {
  const start = startLeaf(graph);
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let leaf = queue.pop(); leaf !== undefined; leaf = queue.pop()) {
    if (graph.states.get(leaf)?.kind === 'final') continue;
    for (const transition of transitionsAt(graph, leaf)) {
      const next = landingLeaf(graph, leaf, transition);
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Leaves from which some path reaches a final state. */
export function leavesThatCanEnd(graph: ScenarioGraph): Set<string> {
  const incoming = new Map<string, string[]>();
  const canEnd = new Set<string>();
  for (const leaf of leaves(graph)) {
    if (leaf.kind === 'final') {
      canEnd.add(leaf.id);
      continue;
    }
    for (const transition of transitionsAt(graph, leaf.id)) {
      const next = landingLeaf(graph, leaf.id, transition);
      const list = incoming.get(next) ?? [];
      list.push(leaf.id);
      incoming.set(next, list);
    }
  }
  const queue = [...canEnd];
  for (let leaf = queue.pop(); leaf !== undefined; leaf = queue.pop()) {
    for (const previous of incoming.get(leaf) ?? []) {
      if (!canEnd.has(previous)) {
        canEnd.add(previous);
        queue.push(previous);
      }
    }
  }
  return canEnd;
}

/** Can the machine rest at this leaf, or does an unguarded eventless transition always move on? */
export function canRest(graph: ScenarioGraph, leaf: string): boolean {
  return !lineage(graph, leaf).some((n) => n.always.some((t) => t.guard === undefined));
}
