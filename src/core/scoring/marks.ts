import type { TurnRecord } from '../attempt/turn-record.ts';
import type { Dimension, ReplyMeta } from '../scenario/scenario-types.ts';

/** One turn's mark per dimension: 0..1, or null when the turn does not count for it. */
export type TurnMarks = Record<Dimension, number | null>;

/** Maps an author's -2..2 rating onto 0..1 (clamped, so a stray value cannot leave the range). */
export function ratingMark(rating: number): number {
  return Math.min(1, Math.max(0, (rating + 2) / 4));
}

/**
 * Tone mark: every reply is heard, so a reply without `tone` counts as neutral (0.5);
 * silence only counts when the author said how it comes across.
 */
export function toneMark(meta: ReplyMeta, kind: 'reply' | 'timeout'): number | null {
  if (kind === 'timeout' && meta.tone === undefined) return null;
  return ratingMark(meta.tone ?? 0);
}

/**
 * How timely a reply was: 1 within the budget, then losing the whole mark over one
 * more budget (a reply twice as slow as allowed earns nothing).
 */
export function replyTiming(replyMs: number, budgetMs: number): number {
  if (replyMs <= budgetMs) return 1;
  if (budgetMs <= 0) return 0;
  return Math.max(0, 1 - (replyMs - budgetMs) / budgetMs);
}

/** Promptness mark: the timing, averaged with the author's `promptness` rating when the choice is about time. */
export function promptnessMark(timing: number, meta: ReplyMeta): number {
  return meta.promptness === undefined ? timing : (timing + ratingMark(meta.promptness)) / 2;
}

/** The largest `extraMile` among the options offered: 0 means the turn is no opportunity. */
export function maxExtraMile(offered: readonly ReplyMeta[]): number {
  let max = 0;
  for (const meta of offered) max = Math.max(max, meta.extraMile ?? 0);
  return max;
}

/**
 * Extra-mile mark: only turns where some option goes beyond what was asked count,
 * relative to the best such option; letting the customer wait there earns 0.
 */
export function extraMileMark(
  offered: readonly ReplyMeta[],
  chosen: ReplyMeta | null,
): number | null {
  const max = maxExtraMile(offered);
  if (max <= 0) return null;
  if (chosen === null) return 0;
  return Math.min(1, Math.max(0, (chosen.extraMile ?? 0) / max));
}

/** Active milliseconds the trainee took to answer (pauses are already excluded by the clock). */
export function replyMs(turn: TurnRecord): number {
  return turn.answeredT - turn.startedT;
}

/** The marks of one recorded turn. */
export function turnMarks(turn: TurnRecord): TurnMarks {
  const offered = turn.offered.map((o) => o.meta);
  const { response } = turn;
  if (response.kind === 'timeout') {
    return {
      tone: toneMark(response.meta, 'timeout'),
      promptness: promptnessMark(0, response.meta),
      extraMile: extraMileMark(offered, null),
    };
  }
  return {
    tone: toneMark(response.meta, 'reply'),
    promptness: promptnessMark(replyTiming(replyMs(turn), turn.budgetMs), response.meta),
    extraMile: extraMileMark(offered, response.meta),
  };
}

/** The marks an offered option would earn if chosen on time: the basis of "better reply". */
export function onTimeMarks(offered: readonly ReplyMeta[], meta: ReplyMeta): TurnMarks {
  return {
    tone: toneMark(meta, 'reply'),
    promptness: promptnessMark(1, meta),
    extraMile: extraMileMark(offered, meta),
  };
}
