import { bestWalk } from './best-walk.ts';
import type { EdgeRatio } from './edge-marks.ts';
import type { MarkGrid } from './mark-grid.ts';
import type { SolverLayout } from './solver-layout.ts';

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

/**
 * Whether to guess the extreme mark first. Often the optimum is the extreme itself (a walk
 * of only perfect replies): the guess proves that in one round, and otherwise yields a
 * real walk to go on from. It must not change the answer, which is the best walk at the
 * final guess, the optimal mean: with marks on a binary grid of spacing h, sums are exact,
 * so every optimal walk's mean is that same float however it was reached; and on an
 * acyclic graph whose walks have at most L decisions, a worse mean λ leaves a best walk of
 * value ≥ h/L whose mean beats λ by ≥ h/L², so the rounds from -1 (which stop below 1e-9
 * and 1e-12) cannot stop short of the optimum either. Elsewhere the guesses stay as they were.
 */
function firstGuess(layout: SolverLayout, grid: MarkGrid, longest: number): boolean {
  if (!layout.acyclic || !Number.isFinite(longest)) return false;
  const turns = Math.max(1, longest);
  return grid.step / turns > 1e-8 && grid.step / (turns * turns) > 1e-11;
}

function ratioOf(
  edges: readonly number[],
  { rowOf, mark, counts }: EdgeRatio,
  slotOf: Int32Array,
  sign: number,
): number {
  let n = 0;
  let d = 0;
  for (const e of edges) {
    const r = rowOf[slotOf[e] ?? -1] ?? -1;
    n += sign * (mark[r] ?? 0);
    d += counts[r] ?? 0;
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
  layout: SolverLayout,
  ratio: EdgeRatio,
  sense: 'max' | 'min',
  longest = Infinity,
): RatioOptimum | null {
  const sign = sense === 'max' ? 1 : -1;
  const { rowOf, mark, counts } = ratio;
  let lambda = -1; // marks lie in 0..1, so every mean (negated or not) is at least -1
  let best: RatioOptimum | null = null;
  const { grid } = ratio;
  const probing = grid !== null && firstGuess(layout, grid, longest);
  // The extreme mark, in the sense's sign (+0 for a least mark of 0, as a mean of zeros is).
  if (probing) lambda = sign > 0 ? grid.max : 0 - grid.min;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const found = bestWalk(layout, { rowOf, mark, counts, sign, lambda });
    if (found === null) break;
    const value = ratioOf(found.edges, ratio, layout.slotOf, sign);
    if (probing && round === 0) {
      // Short of the extreme (by a grid step at least): go on from this walk's mean.
      if (found.kind === 'path' && found.value < -1e-9) {
        lambda = value;
        continue;
      }
    }
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
