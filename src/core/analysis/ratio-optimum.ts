import { bestWalk } from './best-walk.ts';
import type { GraphStructure } from './graph-structure.ts';
import type { ProductGraph } from './product-graph.ts';

/** Per-edge sums of one dimension: the mark, and whether the turn counts (the mean's denominator). */
export interface EdgeRatio {
  /** Mark of each edge (0 when it does not count). */
  mark: Float64Array;
  /** 1 when the edge's turn counts for the dimension. */
  counts: Uint8Array;
}

/** The best mean found, with the walk or the cycle that reaches it. */
export interface RatioOptimum {
  /** The optimal mean of marks (a supremum when `cycle` is set). */
  ratio: number;
  /** Edges of an optimal path from the start to an ending. */
  path: number[] | null;
  /** A cycle whose repetition approaches the optimum (better than any simple path). */
  cycle: number[] | null;
}

const MAX_ROUNDS = 100;

function ratioOf(edges: readonly number[], { mark, counts }: EdgeRatio, sign: number): number {
  let n = 0;
  let d = 0;
  for (const e of edges) {
    n += sign * (mark[e] ?? 0);
    d += counts[e] ?? 0;
  }
  return d > 0 ? n / d : NaN;
}

/**
 * Maximises (sense 'max') or minimises the mean of marks over walks from the start to an
 * ending, by Dinkelbach's parametric method: for a guess λ, find the walk maximising
 * Σ(mark − λ·counts) in one O(E) pass; if that is positive its mean beats λ and becomes the
 * next guess, else λ is optimal. It converges in a handful of passes. On cyclic graphs a
 * pass may instead find a cycle with positive weight: walks can repeat it, its own mean
 * beats λ and becomes the next guess, and the optimum is then a supremum that walks
 * approach by looping (reported as `cycle`).
 */
export function optimiseRatio(
  pg: ProductGraph,
  structure: GraphStructure,
  ratio: EdgeRatio,
  sense: 'max' | 'min',
): RatioOptimum | null {
  const sign = sense === 'max' ? 1 : -1;
  const weight = new Float64Array(ratio.mark.length);
  let lambda = -1; // marks lie in 0..1, so every mean (negated or not) is at least -1
  let best: RatioOptimum | null = null;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    for (let e = 0; e < weight.length; e++) {
      weight[e] = sign * (ratio.mark[e] ?? 0) - lambda * (ratio.counts[e] ?? 0);
    }
    const found = bestWalk(pg, structure, weight, ratio.counts);
    if (found === null) break;
    const value = ratioOf(found.edges, ratio, sign);
    if (found.kind === 'cycle') {
      if (!(value > lambda + 1e-12)) break;
      best = { ratio: value, path: null, cycle: found.edges };
      lambda = value;
      continue;
    }
    // Ties go to the finite path: it reaches the optimum without looping.
    if (best === null || value >= best.ratio - 1e-12)
      best = { ratio: value, path: found.edges, cycle: null };
    if (found.value <= 1e-9 || !(value > lambda + 1e-12)) break;
    lambda = value;
  }
  if (best === null) return null;
  return { ...best, ratio: sign * best.ratio };
}
