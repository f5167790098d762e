import type { TurnRecord } from '../../core/attempt/turn-record.ts';
import { DIMENSIONS, type Dimension, type Principle } from '../../core/scenario/scenario-types.ts';
import { DIMENSION_LABELS } from '../../core/scoring/score-attempt.ts';
import type { BetterReply, Scorecard } from '../../core/scoring/scorecard-types.ts';
import { formatSpan, timeAgainstBudget } from '../../ui/format-span.ts';

/** One dimension's mark on one turn, as the timeline shows it. */
export interface TimelineMark {
  /** Which dimension. */
  dimension: Dimension;
  /** "Tone". */
  label: string;
  /** 0..100, or null when the turn does not count for it. */
  value: number | null;
  /** Band for styling (text always says the same): good ≥ 75, fair ≥ 50, weak below, none. */
  band: 'good' | 'fair' | 'weak' | 'none';
}

/** One turn of the attempt, everything the scorecard's timeline says about it. */
export interface TimelineRow {
  /** 0-based turn index. */
  index: number;
  /** Narration before the customer's message. */
  narration?: string;
  /** What the customer said (when the turns are at hand). */
  customer?: string;
  /** What the trainee replied; null when they said nothing in time. */
  reply: string | null;
  /** "41 s of 30 s", or for silence "no reply in 5 min (budget 2 min 30 s)". */
  time: string;
  /** The reply came later than the budget (or never). */
  late: boolean;
  /** Tone, promptness and extra-mile marks. */
  marks: TimelineMark[];
  /** The coach's feedback on what happened. */
  feedback?: string;
  /** The principle behind that feedback. */
  principle?: Principle;
  /** The better reply, where one existed. */
  better: BetterReply | null;
  /** Mood before and after the turn (when the turns are at hand). */
  mood?: { before: number; after: number };
}

function band(value: number | null): TimelineMark['band'] {
  if (value === null) return 'none';
  if (value >= 75) return 'good';
  return value >= 50 ? 'fair' : 'weak';
}

/**
 * Builds the turn-by-turn timeline from the scorecard, enriched with the replayed turns when
 * they are at hand (what the customer said, the coach's feedback, the mood).
 */
export function timelineRows(
  scorecard: Scorecard,
  turns: readonly TurnRecord[] = [],
): TimelineRow[] {
  return scorecard.turns.map((score) => {
    const turn = turns.find((t) => t.index === score.index);
    const silent = score.replyMs === null;
    const taken = turn === undefined ? score.replyMs : turn.answeredT - turn.startedT;
    const marks = DIMENSIONS.map((dimension): TimelineMark => {
      const mark = score.marks[dimension];
      const value = mark === null ? null : Math.round(mark * 100);
      return { dimension, label: DIMENSION_LABELS[dimension], value, band: band(value) };
    });
    const budget = formatSpan(score.budgetMs);
    let time: string;
    if (!silent) time = timeAgainstBudget(score.replyMs ?? 0, score.budgetMs);
    else if (taken === null) time = `no reply (budget ${budget})`;
    else time = `no reply in ${formatSpan(taken)} (budget ${budget})`;
    const row: TimelineRow = {
      index: score.index,
      reply: silent ? null : score.reply,
      time,
      late: silent || (score.replyMs ?? 0) > score.budgetMs,
      marks,
      better: score.betterReply,
    };
    if (turn !== undefined) {
      row.customer = turn.customer;
      row.mood = { before: turn.moodBefore, after: turn.moodAfter };
      if (turn.narration !== undefined) row.narration = turn.narration;
      const { feedback, principle } = turn.response.meta;
      if (feedback !== undefined) row.feedback = feedback;
      if (principle !== undefined) row.principle = principle;
    }
    return row;
  });
}
