import type { TurnRecord } from '../attempt/turn-record.ts';
import type { Dimension } from '../scenario/scenario-types.ts';
import { maxExtraMile, replyMs, replyTiming } from './marks.ts';
import { markText, quoted, seconds, signed } from './wording.ts';

const TONE_WORDS = ['rude', 'cold', 'neutral', 'friendly', 'warm'] as const;

function toneWord(tone: number): string {
  const index = Math.min(4, Math.max(0, Math.round(tone) + 2));
  return TONE_WORDS[index] ?? 'neutral';
}

function chosenReply(turn: TurnRecord): string {
  const { response } = turn;
  if (response.kind === 'timeout') return '';
  const offered = turn.offered.find((o) => o.event === response.event);
  return offered?.reply ?? response.meta.reply ?? response.event;
}

function explainTone(turn: TurnRecord): string {
  const { response } = turn;
  const tone = response.meta.tone ?? 0;
  const rating = `tone ${signed(tone)}`;
  if (response.kind === 'timeout')
    return `your silence came across as ${toneWord(tone)} (${rating})`;
  const note = response.meta.tone === undefined ? ', no tone given' : '';
  return `${quoted(chosenReply(turn))} sounds ${toneWord(tone)} (${rating}${note})`;
}

function explainPromptness(turn: TurnRecord): string {
  const { response } = turn;
  let timing: string;
  if (response.kind === 'timeout') {
    timing = `no reply before the customer moved on after ${seconds(response.delay)} (timing 0)`;
  } else {
    const ms = replyMs(turn);
    const budget = seconds(turn.budgetMs);
    if (ms <= turn.budgetMs) {
      timing = `you replied in ${seconds(ms)}, within the ${budget} budget`;
    } else {
      const loss = Math.round((1 - replyTiming(ms, turn.budgetMs)) * 100);
      timing = `you replied in ${seconds(ms)} against a ${budget} budget (${signed(-loss)} %)`;
    }
  }
  const rating = response.meta.promptness;
  if (rating === undefined) return timing;
  const what =
    response.kind === 'timeout' ? 'and waiting is rated' : `and chose ${quoted(chosenReply(turn))}`;
  return `${timing}, ${what} (promptness ${signed(rating)})`;
}

function explainExtraMile(turn: TurnRecord): string {
  const max = maxExtraMile(turn.offered.map((o) => o.meta));
  const best = turn.offered.find((o) => (o.meta.extraMile ?? 0) === max);
  const bestText = best === undefined ? 'another option' : quoted(best.reply);
  const { response } = turn;
  if (response.kind === 'timeout') {
    return `you said nothing while ${bestText} would have gone the extra mile (${max})`;
  }
  const extra = response.meta.extraMile ?? 0;
  if (extra <= 0) {
    return `${quoted(chosenReply(turn))} did not go the extra mile, though ${bestText} would have (${max})`;
  }
  return `${quoted(chosenReply(turn))} went the extra mile (${extra} of a possible ${max})`;
}

/** A plain sentence explaining one turn's mark on one dimension, ending with the mark. */
export function explainMark(turn: TurnRecord, dimension: Dimension, mark: number): string {
  const body =
    dimension === 'tone'
      ? explainTone(turn)
      : dimension === 'promptness'
        ? explainPromptness(turn)
        : explainExtraMile(turn);
  return `Turn ${turn.index + 1}: ${body}: ${markText(mark)}`;
}

/** The text of the reply a turn record chose ('' for a timeout). */
export function replyText(turn: TurnRecord): string {
  return chosenReply(turn);
}
