import { DIMENSIONS, type Dimension } from '../scenario/scenario-types.ts';
import { overallScore, roundScore } from '../scoring/dimension-score.ts';
import type { EdgeMarks } from './edge-marks.ts';
import type { Explored } from './explored.ts';

/** Up to this many paths, the overall extremes are found by trying every path. */
export const EXHAUSTIVE_PATH_LIMIT = 50_000;

/**
 * The walk with the best (sign 1) or worst (sign -1) overall score, by depth-first search
 * over every path of an acyclic product graph: exact, for graphs with few paths. Marks are
 * summed in path order, exactly as the scorecard sums them. Iterative, so a long chain of
 * turns cannot overflow the stack.
 */
export function exhaustiveOverall(
  explored: Explored,
  marks: EdgeMarks,
  sign: number,
): number[] | null {
  const { pg, structure } = explored;
  const weights = explored.loaded.scenario.scoring.weights;
  if (pg.size === 0 || structure.coReachable[0] !== 1) return null;
  // One frame per node on the current path: the node, the next edge to try, the sums on arrival.
  const nodes: number[] = [0];
  const cursor: number[] = [pg.edgeStart[0] ?? 0];
  const path: number[] = [];
  const sums: Record<Dimension, number>[] = [{ tone: 0, promptness: 0, extraMile: 0 }];
  const counts: Record<Dimension, number>[] = [{ tone: 0, promptness: 0, extraMile: 0 }];
  let best: number[] | null = null;
  let bestOverall = 0;
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const u = nodes[top] ?? 0;
    const sum = sums[top] ?? { tone: 0, promptness: 0, extraMile: 0 };
    const count = counts[top] ?? { tone: 0, promptness: 0, extraMile: 0 };
    if (pg.final[u] === 1) {
      const score = (d: Dimension): number | null =>
        count[d] === 0 ? null : roundScore((100 * sum[d]) / count[d]);
      const overall = overallScore(
        { tone: score('tone'), promptness: score('promptness'), extraMile: score('extraMile') },
        weights,
      );
      if (overall !== null && (best === null || sign * overall > sign * bestOverall)) {
        best = [...path];
        bestOverall = overall;
      }
    }
    const e = cursor[top] ?? 0;
    if (pg.final[u] === 1 || e >= (pg.edgeStart[u + 1] ?? 0)) {
      nodes.pop();
      cursor.pop();
      sums.pop();
      counts.pop();
      path.pop();
      continue;
    }
    cursor[top] = e + 1;
    const v = pg.edgeTo[e] ?? 0;
    if (structure.coReachable[v] !== 1) continue;
    const nextSum = { ...sum };
    const nextCount = { ...count };
    const s = explored.layout.slotOf[e] ?? -1;
    for (const d of DIMENSIONS) {
      const r = marks[d].rowOf[s] ?? -1;
      if (marks[d].counts[r] !== 1) continue;
      nextSum[d] += marks[d].mark[r] ?? 0;
      nextCount[d] += 1;
    }
    nodes.push(v);
    cursor.push(pg.edgeStart[v] ?? 0);
    sums.push(nextSum);
    counts.push(nextCount);
    path.push(e);
  }
  return best;
}
