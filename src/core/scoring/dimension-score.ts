import { DIMENSIONS, type Dimension, type ScoringWeights } from '../scenario/scenario-types.ts';
import type { TurnMarks } from './marks.ts';

/**
 * Rounds half up, with a hair of tolerance so that a mean that is exactly x.5 on paper
 * but x.4999999 in floating point rounds the way the trainee would compute it.
 */
export function roundScore(value: number): number {
  return Math.round(value + 1e-9);
}

/** A dimension's score: 100 × the mean of its marks, rounded; null when no turn counted. */
export function dimensionScore(marks: readonly number[]): number | null {
  if (marks.length === 0) return null;
  let sum = 0;
  for (const mark of marks) sum += mark;
  return roundScore((100 * sum) / marks.length);
}

/** The weighted mean of the assessed dimension scores, rounded; null when none is assessed or all weights are 0. */
export function overallScore(
  scores: Readonly<Record<Dimension, number | null>>,
  weights: ScoringWeights,
): number | null {
  let weighted = 0;
  let total = 0;
  for (const dimension of DIMENSIONS) {
    const score = scores[dimension];
    if (score === null) continue;
    weighted += weights[dimension] * score;
    total += weights[dimension];
  }
  return total > 0 ? roundScore(weighted / total) : null;
}

/** One turn's value on 0..1: its marks weighted like the overall score, ignoring dimensions it does not count for. */
export function turnValue(marks: TurnMarks, weights: ScoringWeights): number | null {
  let weighted = 0;
  let total = 0;
  for (const dimension of DIMENSIONS) {
    const mark = marks[dimension];
    if (mark === null) continue;
    weighted += weights[dimension] * mark;
    total += weights[dimension];
  }
  return total > 0 ? weighted / total : null;
}
