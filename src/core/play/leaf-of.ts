import type { StateValue } from 'xstate';
import type { ScenarioGraph, StateNodeInfo } from '../scenario/graph-types.ts';

function childByKey(graph: ScenarioGraph, node: StateNodeInfo, key: string): StateNodeInfo {
  for (const id of node.children) {
    const child = graph.states.get(id);
    if (child?.key === key) return child;
  }
  throw new Error(`state '${node.id}' has no child '${key}'`);
}

/**
 * The graph id of the active leaf of an XState state value. Format 1 has no
 * parallel states, so every level of the value names exactly one child.
 */
export function leafOf(graph: ScenarioGraph, value: StateValue): string {
  let node = graph.root;
  let rest: StateValue | undefined = value;
  while (rest !== undefined) {
    if (typeof rest === 'string') return childByKey(graph, node, rest).id;
    const first: [string, StateValue | undefined] | undefined = Object.entries(rest)[0];
    if (first === undefined) break;
    node = childByKey(graph, node, first[0]);
    rest = first[1];
  }
  return node.id;
}
