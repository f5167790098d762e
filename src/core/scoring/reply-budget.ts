import type { ScenarioGraph } from '../scenario/graph-types.ts';
import { DEFAULT_REPLY_WITHIN, type Channel } from '../scenario/scenario-types.ts';
import { lineage } from '../scenario/state-tree.ts';

/**
 * The reply budget of a turn in ms: the leaf's `replyWithin`, else the nearest enclosing
 * phase's (so a phase can set the pace for all its turns), else the channel default.
 */
export function replyBudgetMs(graph: ScenarioGraph, channel: Channel, leaf: string): number {
  for (const state of lineage(graph, leaf)) {
    const within = state.meta.replyWithin;
    if (within !== undefined) return within * 1000;
  }
  return DEFAULT_REPLY_WITHIN[channel] * 1000;
}
