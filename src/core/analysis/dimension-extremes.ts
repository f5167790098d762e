import type { Dimension } from '../scenario/scenario-types.ts';
import { roundScore } from '../scoring/dimension-score.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import type { DimensionExtreme, DimensionRange } from './analysis-types.ts';
import type { TimingCase } from './assumed-timing.ts';
import type { Explored } from './explored.ts';
import { loopWalk } from './loop-walk.ts';
import { optimiseRatio } from './ratio-optimum.ts';
import { replayWalk } from './walk-replay.ts';

/** A dimension's extreme with the walk behind it, so overall search can reuse the walk. */
export interface FoundExtreme {
  /** The report entry. */
  extreme: DimensionExtreme;
  /** Product-graph edges of the walk. */
  walk: number[];
}

function extreme(
  explored: Explored,
  dimension: Dimension,
  sense: 'max' | 'min',
  timing: TimingCase,
): FoundExtreme | null {
  const ratio = explored.marks[timing][dimension];
  const optimum = optimiseRatio(explored.layout, ratio, sense, explored.longestTurns);
  if (optimum === null) return null;
  const walk =
    optimum.path ?? (optimum.cycle === null ? null : loopWalk(explored, optimum.cycle, ratio));
  if (walk === null) return null;
  const replayed = replayWalk(explored.loaded, explored.pg, walk, timing);
  const score = scoreAttempt(explored.loaded, replayed.turns, replayed.endingMeta).dimensions[
    dimension
  ].score;
  if (score === null) return null;
  return {
    walk,
    extreme: {
      score,
      path: replayed.steps,
      ending: replayed.ending,
      viaLoop: optimum.path === null,
      limit: roundScore(100 * optimum.ratio),
    },
  };
}

/** Best (instant replies) and worst (slowest replies) reachable score of one dimension. */
export function dimensionExtremes(
  explored: Explored,
  dimension: Dimension,
): { best: FoundExtreme | null; worst: FoundExtreme | null } {
  return {
    best: extreme(explored, dimension, 'max', 'instant'),
    worst: extreme(explored, dimension, 'min', 'slowest'),
  };
}

/** The report entry for a dimension. */
export function toRange(found: {
  best: FoundExtreme | null;
  worst: FoundExtreme | null;
}): DimensionRange {
  return { best: found.best?.extreme ?? null, worst: found.worst?.extreme ?? null };
}
