import type { TurnRecord } from '../../core/attempt/turn-record.ts';
import type { ScoringWeights } from '../../core/scenario/scenario-types.ts';
import { betterReply } from '../../core/scoring/better-reply.ts';

/** How the coach's note reads: praise, a nudge, or a rethink. */
export type CoachTone = 'good' | 'mixed' | 'poor';

/** The coach's verdict on one answered turn. */
export interface CoachVerdict {
  /** Colour family and icon. */
  tone: CoachTone;
  /** Short heading in plain words ("Well handled"). */
  heading: string;
  /** Icon character, shown next to the heading (the heading says the same in words). */
  icon: string;
}

/** Below this share of the best option's value a reply reads as "think again". */
const MIXED_FROM = 0.55;

/**
 * What the coach thinks of a turn: the best reply on offer earns praise, a reply close
 * to it a nudge, a reply far from it, one that upset the customer, or silence a rethink.
 */
export function coachVerdict(turn: TurnRecord, weights: ScoringWeights): CoachVerdict {
  if (turn.response.kind === 'timeout') {
    return { tone: 'poor', heading: 'The customer was left waiting', icon: '!' };
  }
  const better = betterReply(turn, weights);
  if (better === null) return { tone: 'good', heading: 'Well handled', icon: '\u2713' };
  const chosen = better.chosenValue ?? 0;
  const upset = (turn.response.meta.mood ?? 0) < 0 || turn.moodAfter < turn.moodBefore;
  if (!upset && better.value > 0 && chosen / better.value >= MIXED_FROM) {
    return { tone: 'mixed', heading: 'Room to improve', icon: '~' };
  }
  return { tone: 'poor', heading: 'Think again', icon: '!' };
}
