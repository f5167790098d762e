import { DIMENSIONS, type Dimension } from '../scenario/scenario-types.ts';
import { dimensionScore, overallScore } from '../scoring/dimension-score.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import type { OverallExtreme } from './analysis-types.ts';
import type { TimingCase } from './assumed-timing.ts';
import { bestWalk } from './best-walk.ts';
import type { EdgeMarks } from './edge-marks.ts';
import type { Explored } from './explored.ts';
import { optimiseRatio } from './ratio-optimum.ts';
import { replayWalk } from './walk-replay.ts';
import { EXHAUSTIVE_PATH_LIMIT, exhaustiveOverall } from './exhaustive-overall.ts';

/** Rounds of local improvement after the starting candidates. */
const MAX_REFINEMENTS = 4;

interface Evaluated {
  walk: number[];
  overall: number;
  sums: Record<Dimension, { n: number; d: number }>;
}

/** The overall score of a walk, summing marks in walk order exactly as the scorecard does. */
function evaluate(walk: number[], marks: EdgeMarks, explored: Explored): Evaluated | null {
  const scores: Record<Dimension, number | null> = {
    tone: null,
    promptness: null,
    extraMile: null,
  };
  const sums: Evaluated['sums'] = {
    tone: { n: 0, d: 0 },
    promptness: { n: 0, d: 0 },
    extraMile: { n: 0, d: 0 },
  };
  const { slotOf } = explored.layout;
  for (const dimension of DIMENSIONS) {
    const { mark, counts } = marks[dimension];
    const list: number[] = [];
    for (const e of walk) {
      const r = marks[dimension].rowOf[slotOf[e] ?? -1] ?? -1;
      if (counts[r] === 1) list.push(mark[r] ?? 0);
    }
    scores[dimension] = dimensionScore(list);
    sums[dimension] = { n: list.reduce((a, b) => a + b, 0), d: list.length };
  }
  const overall = overallScore(scores, explored.loaded.scenario.scoring.weights);
  return overall === null ? null : { walk, overall, sums };
}

/**
 * One step of local search: the overall score is Σ w_d·N_d/D_d (over Σ w_d), so near the
 * current walk an edge is worth Σ (w_d/D_d)·(mark − N_d/D_d); the longest path under that
 * linear weight is the next candidate. A dimension the walk leaves unscored is pulled
 * towards the current overall.
 */
function linearised(
  current: Evaluated,
  marks: EdgeMarks,
  explored: Explored,
  sign: number,
  gradient: Float64Array,
): Float64Array {
  const weights = explored.loaded.scenario.scoring.weights;
  gradient.fill(0);
  for (const dimension of DIMENSIONS) {
    const { n, d } = current.sums[dimension];
    const scale = d > 0 ? weights[dimension] / d : weights[dimension];
    const mean = d > 0 ? n / d : current.overall / 100;
    const { mark, counts } = marks[dimension];
    const factor = sign * scale;
    for (let r = 0; r < gradient.length; r++) {
      if (counts[r] === 1)
        gradient[r] = (gradient[r] as number) + factor * ((mark[r] as number) - mean);
    }
  }
  return gradient;
}

/** Per analysis: the local search's arrays (by decision row), shared by the best and the worst search. */
const scratch = new WeakMap<Explored, { everyRow: Uint8Array; gradient: Float64Array }>();

function scratchOf(explored: Explored): { everyRow: Uint8Array; gradient: Float64Array } {
  let found = scratch.get(explored);
  if (found === undefined) {
    const rows = explored.marks.instant.tone.mark.length;
    found = { everyRow: new Uint8Array(rows).fill(1), gradient: new Float64Array(rows) };
    scratch.set(explored, found);
  }
  return found;
}

/**
 * The best (sense 'max', instant replies) or worst ('min', slowest replies) overall score.
 * A weighted sum of means is not a single ratio, so no one-pass method finds it: with few
 * paths every path is tried (exact); with many, a search finds a good one (best found).
 */
export function overallExtreme(
  explored: Explored,
  sense: 'max' | 'min',
  timing: TimingCase,
  seeds: readonly number[][],
  pathCount: string,
): OverallExtreme | null {
  const marks = explored.marks[timing];
  const sign = sense === 'max' ? 1 : -1;
  const exact = pathCount !== 'cyclic' && BigInt(pathCount) <= BigInt(EXHAUSTIVE_PATH_LIMIT);
  const walk = exact
    ? exhaustiveOverall(explored, marks, sign)
    : search(explored, marks, sign, seeds);
  if (walk === null) return null;
  const replayed = replayWalk(explored.loaded, explored.pg, walk, timing);
  const card = scoreAttempt(explored.loaded, replayed.turns, replayed.endingMeta);
  if (card.overall === null) return null;
  return {
    overall: card.overall,
    exact,
    dimensions: {
      tone: card.dimensions.tone.score,
      promptness: card.dimensions.promptness.score,
      extraMile: card.dimensions.extraMile.score,
    },
    path: replayed.steps,
    ending: replayed.ending,
  };
}

/**
 * The heuristic for graphs with many paths: candidates are each dimension's optimal walk
 * and the optimal mean turn value, then linearised improvement steps from each of them.
 */
function search(
  explored: Explored,
  marks: EdgeMarks,
  sign: number,
  seeds: readonly number[][],
): number[] | null {
  const sense = sign > 0 ? 'max' : 'min';
  const better = (a: Evaluated, b: Evaluated | null): boolean =>
    b === null || sign * a.overall > sign * b.overall;
  const kept: { best: Evaluated | null } = { best: null };
  const consider = (walk: number[]): Evaluated | null => {
    const found = evaluate(walk, marks, explored);
    if (found === null) return null;
    if (better(found, kept.best)) kept.best = found;
    return found;
  };
  // The mean turn value, a single ratio whose optimum is often near the overall's.
  const proxy = optimiseRatio(explored.layout, marks.turnValue, sense, explored.longestTurns);
  for (const walk of proxy?.path ? [...seeds, proxy.path] : seeds) {
    consider(walk);
  }
  // Local search from the best start (from every start would cost O(E) per step each).
  const { everyRow, gradient } = scratchOf(explored);
  let current = kept.best;
  for (let round = 0; round < MAX_REFINEMENTS && current !== null; round++) {
    const step = bestWalk(explored.layout, {
      rowOf: marks.tone.rowOf,
      mark: linearised(current, marks, explored, sign, gradient),
      counts: everyRow,
      sign: 1,
      lambda: 0,
    });
    const next = step?.kind === 'path' ? consider(step.edges) : null;
    if (next === null || !better(next, current)) break;
    current = next;
  }
  return kept.best?.walk ?? null;
}
