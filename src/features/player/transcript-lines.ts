import type { TurnRecord } from '../../core/attempt/turn-record.ts';
import type { PlayView } from '../../core/play/play-view.ts';
import type { TranscriptLine } from './transcript.tsx';

/** The conversation so far as lines: every answered turn, then the current one. */
export function transcriptLines(turns: readonly TurnRecord[], view: PlayView): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  const customerLines = (key: string, narration: string | undefined, customer: string) => {
    if (narration !== undefined)
      lines.push({ key: `${key}-n`, speaker: 'narration', text: narration });
    if (customer !== '') lines.push({ key: `${key}-c`, speaker: 'customer', text: customer });
  };
  for (const turn of turns) {
    customerLines(`t${turn.index}`, turn.narration, turn.customer);
    lines.push(
      turn.response.kind === 'reply'
        ? {
            key: `t${turn.index}-r`,
            speaker: 'trainee',
            text: turn.response.meta.reply ?? turn.response.event,
          }
        : { key: `t${turn.index}-r`, speaker: 'narration', text: 'You did not reply in time.' },
    );
  }
  if (!view.done) customerLines(`t${turns.length}`, view.narration, view.customer);
  else if (view.ending !== undefined) {
    customerLines('end', undefined, view.customer);
  }
  return lines;
}
