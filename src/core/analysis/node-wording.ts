import type { ScenarioGraph } from '../scenario/graph-types.ts';
import type { Trap } from './analysis-types.ts';
import type { GuardReads } from './guard-reads.ts';
import type { ProductNode } from './product-graph.ts';

/** A state as authors know it: its key path without the machine id ("phase.first"). */
export function stateName(graph: ScenarioGraph, id: string): string {
  const node = graph.states.get(id);
  return node === undefined || node.keyPath.length === 0 ? id : node.keyPath.join('.');
}

/** " when mood is 35 and 'promised' is set": only what guards can tell apart, since only that matters. */
export function contextWords(node: ProductNode, reads: GuardReads): string {
  const parts: string[] = [];
  if (reads.mood) parts.push(`mood is ${node.context.mood}`);
  for (const flag of reads.flags)
    parts.push(`'${flag}' is ${node.context.flags[flag] ? 'set' : 'not set'}`);
  return parts.length === 0 ? '' : ` when ${parts.join(' and ')}`;
}

/** A product node described for a report entry. */
export function describeNode(
  graph: ScenarioGraph,
  node: ProductNode,
  reads: GuardReads,
  what: string,
): Trap {
  return {
    state: node.leaf,
    mood: reads.mood ? node.context.mood : null,
    flags: { ...node.context.flags },
    message: `${what} at '${stateName(graph, node.leaf)}'${contextWords(node, reads)}`,
  };
}
