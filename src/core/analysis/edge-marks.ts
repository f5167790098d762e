import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { Dimension } from '../scenario/scenario-types.ts';
import { extraMileMark, promptnessMark, replyTiming, toneMark } from '../scoring/marks.ts';
import { replyBudgetMs } from '../scoring/reply-budget.ts';
import { slowestReplyMs, type TimingCase } from './assumed-timing.ts';
import type { ProductGraph } from './product-graph.ts';
import type { EdgeRatio } from './ratio-optimum.ts';

/** Per-edge marks of every dimension under one timing assumption. */
export type EdgeMarks = Record<Dimension, EdgeRatio>;

function emptyMarks(size: number): EdgeMarks {
  const empty = (): EdgeRatio => ({ mark: new Float64Array(size), counts: new Uint8Array(size) });
  return { tone: empty(), promptness: empty(), extraMile: empty() };
}

function put(ratio: EdgeRatio, e: number, mark: number | null): void {
  if (mark === null) return;
  ratio.mark[e] = mark;
  ratio.counts[e] = 1;
}

/**
 * Marks every edge of the product graph under both timing assumptions, with the scoring's
 * own mark functions, so a path's marks are exactly those its scorecard would show. Tone
 * and extra mile do not depend on timing: the two cases share those arrays.
 */
export function edgeMarks(loaded: LoadedScenario, pg: ProductGraph): Record<TimingCase, EdgeMarks> {
  const instant = emptyMarks(pg.edgeCount);
  const slowest: EdgeMarks = { ...instant, promptness: emptyMarks(pg.edgeCount).promptness };
  // Many nodes share a leaf (one per mood): its budget is looked up once.
  const budgets = new Map<string, number>();
  pg.nodes.forEach((node, u) => {
    const first = pg.edgeStart[u] ?? 0;
    const last = pg.edgeStart[u + 1] ?? 0;
    if (first === last) return;
    const offered = node.options.map((o) => o.transition.meta);
    let budgetMs = budgets.get(node.leaf);
    if (budgetMs === undefined) {
      budgetMs = replyBudgetMs(loaded.graph, loaded.scenario.channel, node.leaf);
      budgets.set(node.leaf, budgetMs);
    }
    const slowTiming = replyTiming(slowestReplyMs(budgetMs, node.timeouts), budgetMs);
    for (let e = first; e < last; e++) {
      const index = pg.edgeIndex[e] ?? 0;
      if (pg.edgeKind[e] === 1) {
        const meta = node.timeouts[index]?.transition.meta ?? {};
        put(instant.tone, e, toneMark(meta, 'timeout'));
        put(instant.extraMile, e, extraMileMark(offered, null));
        put(instant.promptness, e, promptnessMark(0, meta));
        put(slowest.promptness, e, promptnessMark(0, meta));
        continue;
      }
      const meta = node.options[index]?.transition.meta ?? {};
      put(instant.tone, e, toneMark(meta, 'reply'));
      put(instant.extraMile, e, extraMileMark(offered, meta));
      put(instant.promptness, e, promptnessMark(replyTiming(0, budgetMs), meta));
      put(slowest.promptness, e, promptnessMark(slowTiming, meta));
    }
  });
  return { instant, slowest };
}
