import type { ReplyMeta } from '../scenario/scenario-types.ts';

/** An option as it was offered at a turn. */
export interface OfferedOption {
  /** Option id (event type). */
  event: string;
  /** The text on the option. */
  reply: string;
  /** The marks and feedback of the alternative that would have been taken. */
  meta: ReplyMeta;
}

/** How the trainee answered a turn: a reply, or silence until a timeout fired. */
export type TurnResponse =
  | { kind: 'reply'; event: string; meta: ReplyMeta }
  | { kind: 'timeout'; state: string; delay: number; meta: ReplyMeta };

/** One customer turn and the trainee's answer, rebuilt from the log by replay. */
export interface TurnRecord {
  /** 0-based position in the conversation. */
  index: number;
  /** Id of the state (the turn). */
  state: string;
  /** What the customer said. */
  customer: string;
  /** Narration shown before it, if any. */
  narration?: string;
  /** Email subject, if any. */
  subject?: string;
  /** Active ms when the turn began. */
  startedT: number;
  /** Active ms when it was answered. */
  answeredT: number;
  /** Reply budget in ms (`replyWithin` or the channel default). */
  budgetMs: number;
  /** The options that were open, in order. */
  offered: OfferedOption[];
  /** The answer. */
  response: TurnResponse;
  /** Mood when the turn began. */
  moodBefore: number;
  /** Mood after the answer and any eventless transitions. */
  moodAfter: number;
}
