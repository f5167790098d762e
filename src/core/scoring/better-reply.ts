import type { TurnRecord } from '../attempt/turn-record.ts';
import type { ScoringWeights } from '../scenario/scenario-types.ts';
import { turnValue } from './dimension-score.ts';
import { onTimeMarks } from './marks.ts';
import type { BetterReply } from './scorecard-types.ts';

/** Differences below this are rounding noise, not a better reply. */
const EPSILON = 1e-9;

/**
 * The offered option with the best turn value, when it beats the choice. Both sides are
 * valued as if sent on time: speed is promptness's story, this one is about what was said.
 */
export function betterReply(turn: TurnRecord, weights: ScoringWeights): BetterReply | null {
  const offered = turn.offered.map((o) => o.meta);
  const { response } = turn;
  const chosenValue =
    response.kind === 'reply' ? turnValue(onTimeMarks(offered, response.meta), weights) : null;
  let best: { option: TurnRecord['offered'][number]; value: number } | null = null;
  for (const option of turn.offered) {
    const value = turnValue(onTimeMarks(offered, option.meta), weights);
    if (value === null) continue;
    if (best === null || value > best.value + EPSILON) best = { option, value };
  }
  if (best === null) return null;
  if (chosenValue !== null && best.value <= chosenValue + EPSILON) return null;
  const result: BetterReply = {
    event: best.option.event,
    reply: best.option.reply,
    value: best.value,
    chosenValue,
  };
  if (best.option.meta.feedback !== undefined) result.feedback = best.option.meta.feedback;
  if (best.option.meta.principle !== undefined) result.principle = best.option.meta.principle;
  return result;
}
