import type { ScenarioGraph, StateNodeInfo, TransitionInfo } from '../scenario/graph-types.ts';
import {
  lineage,
  openOptions,
  openTimeouts,
  type EngineContext,
  type OpenOption,
  type OpenTimeout,
} from '../scenario/semantics.ts';

/**
 * openOptions / openTimeouts, shared by every node at a leaf whose lineage has no guard on
 * them: most leaves are reached with many moods, and the answer cannot differ.
 */
export function openCache(graph: ScenarioGraph): {
  options: (leaf: string, context: EngineContext) => OpenOption[];
  timeouts: (leaf: string, context: EngineContext) => OpenTimeout[];
} {
  const guarded = (
    leaf: string,
    pick: (node: StateNodeInfo) => { branches: TransitionInfo[] }[],
  ): boolean =>
    lineage(graph, leaf).some((node) =>
      pick(node).some((slot) => slot.branches.some((b) => b.guard !== undefined)),
    );
  const cached = <T>(
    compute: (g: ScenarioGraph, leaf: string, context: EngineContext) => T,
    pick: (node: StateNodeInfo) => { branches: TransitionInfo[] }[],
  ): ((leaf: string, context: EngineContext) => T) => {
    const byLeaf = new Map<string, T | null>();
    return (leaf, context) => {
      let hit = byLeaf.get(leaf);
      if (hit === undefined) {
        hit = guarded(leaf, pick) ? null : compute(graph, leaf, context);
        byLeaf.set(leaf, hit);
      }
      return hit ?? compute(graph, leaf, context);
    };
  };
  return {
    options: cached(openOptions, (node) => node.options),
    timeouts: cached(openTimeouts, (node) => node.timeouts),
  };
}
