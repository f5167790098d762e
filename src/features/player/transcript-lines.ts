import type { TurnRecord } from '../../core/attempt/turn-record.ts';
import type { PlayView } from '../../core/play/play-view.ts';

/** Who a line belongs to: the customer, the trainee, narration, or the trainee's silence. */
export type Speaker = 'customer' | 'trainee' | 'narration' | 'silence';

/** One line of the conversation so far, as every channel view reads it. */
export interface TranscriptLine {
  /** Stable key (also used to tell a newly arrived line from an old one). */
  key: string;
  /** Who speaks. */
  speaker: Speaker;
  /** What was said, paragraphs kept. */
  text: string;
  /** 0-based turn it belongs to (the ending's lines take the next number). */
  turn: number;
  /** Email subject of the turn, on customer and trainee lines. */
  subject?: string;
  /** Trainee lines: active ms taken to reply. Silence: ms the customer waited. */
  tookMs?: number;
}

function withSubject(line: TranscriptLine, subject: string | undefined): TranscriptLine {
  return subject === undefined ? line : { ...line, subject };
}

/** The conversation so far as lines: every answered turn, then the current one (or the ending). */
export function transcriptLines(turns: readonly TurnRecord[], view: PlayView): TranscriptLine[] {
  const lines: TranscriptLine[] = [];
  const customerLines = (
    key: string,
    turn: number,
    narration: string | undefined,
    customer: string,
    subject: string | undefined,
  ) => {
    if (narration !== undefined)
      lines.push({ key: `${key}-n`, speaker: 'narration', text: narration, turn });
    if (customer !== '')
      lines.push(
        withSubject({ key: `${key}-c`, speaker: 'customer', text: customer, turn }, subject),
      );
  };
  for (const turn of turns) {
    const { index, response } = turn;
    customerLines(`t${index}`, index, turn.narration, turn.customer, turn.subject);
    lines.push(
      response.kind === 'reply'
        ? withSubject(
            {
              key: `t${index}-r`,
              speaker: 'trainee',
              text:
                turn.offered.find((o) => o.event === response.event)?.reply ??
                response.meta.reply ??
                response.event,
              turn: index,
              tookMs: turn.answeredT - turn.startedT,
            },
            turn.subject,
          )
        : {
            key: `t${index}-r`,
            speaker: 'silence',
            text: 'You did not reply in time.',
            turn: index,
            tookMs: response.delay,
          },
    );
  }
  if (!view.done) {
    customerLines(`t${turns.length}`, turns.length, view.narration, view.customer, view.subject);
  } else if (view.ending !== undefined) {
    customerLines('end', turns.length, view.narration, view.customer, view.subject);
  }
  return lines;
}

/** The last line if the customer (or narration) spoke it: the one that just arrived. */
export function latestCustomerLine(lines: readonly TranscriptLine[]): TranscriptLine | undefined {
  const last = lines[lines.length - 1];
  return last?.speaker === 'customer' ? last : undefined;
}
