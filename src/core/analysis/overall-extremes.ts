import { DIMENSIONS, type Dimension } from '../scenario/scenario-types.ts';
import { dimensionScore, overallScore } from '../scoring/dimension-score.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import type { OverallExtreme } from './analysis-types.ts';
import type { TimingCase } from './assumed-timing.ts';
import { bestWalk } from './best-walk.ts';
import type { EdgeMarks } from './edge-marks.ts';
import type { Explored } from './explored.ts';
import { optimiseRatio, type EdgeRatio } from './ratio-optimum.ts';
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
  for (const dimension of DIMENSIONS) {
    const { mark, counts } = marks[dimension];
    const list: number[] = [];
    for (const e of walk) if (counts[e] === 1) list.push(mark[e] ?? 0);
    scores[dimension] = dimensionScore(list);
    sums[dimension] = { n: list.reduce((a, b) => a + b, 0), d: list.length };
  }
  const overall = overallScore(scores, explored.loaded.scenario.scoring.weights);
  return overall === null ? null : { walk, overall, sums };
}

/**
 * The mean turn value as a single ratio: a proxy whose optimum is often near the overall's.
 * Same arithmetic as scoring's turnValue, inlined: it runs for every edge.
 */
function proxyRatio(marks: EdgeMarks, explored: Explored): EdgeRatio {
  const size = explored.pg.edgeCount;
  const ratio: EdgeRatio = { mark: new Float64Array(size), counts: new Uint8Array(size) };
  const weights = explored.loaded.scenario.scoring.weights;
  for (let e = 0; e < size; e++) {
    let weighted = 0;
    let total = 0;
    for (const dimension of DIMENSIONS) {
      if (marks[dimension].counts[e] !== 1) continue;
      weighted += weights[dimension] * (marks[dimension].mark[e] ?? 0);
      total += weights[dimension];
    }
    if (total <= 0) continue;
    ratio.mark[e] = weighted / total;
    ratio.counts[e] = 1;
  }
  return ratio;
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
): Float64Array {
  const weights = explored.loaded.scenario.scoring.weights;
  const gradient = new Float64Array(explored.pg.edgeCount);
  for (const dimension of DIMENSIONS) {
    const { n, d } = current.sums[dimension];
    const scale = d > 0 ? weights[dimension] / d : weights[dimension];
    const mean = d > 0 ? n / d : current.overall / 100;
    const { mark, counts } = marks[dimension];
    for (let e = 0; e < gradient.length; e++) {
      if (counts[e] === 1)
        gradient[e] = (gradient[e] ?? 0) + sign * scale * ((mark[e] ?? 0) - mean);
    }
  }
  return gradient;
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
  const proxy = optimiseRatio(explored.pg, explored.structure, proxyRatio(marks, explored), sense);
  for (const walk of proxy?.path ? [...seeds, proxy.path] : seeds) {
    consider(walk);
  }
  // Local search from the best start (from every start would cost O(E) per step each).
  const everyEdge = new Uint8Array(explored.pg.edgeCount).fill(1);
  let current = kept.best;
  for (let round = 0; round < MAX_REFINEMENTS && current !== null; round++) {
    const step = bestWalk(
      explored.pg,
      explored.structure,
      linearised(current, marks, explored, sign),
      everyEdge,
    );
    const next = step?.kind === 'path' ? consider(step.edges) : null;
    if (next === null || !better(next, current)) break;
    current = next;
  }
  return kept.best?.walk ?? null;
}
