import type { OfferedOption } from '../attempt/turn-record.ts';
import type { ScenarioGraph } from '../scenario/graph-types.ts';
import type { OpenOption } from '../scenario/semantics.ts';

/** What the customer says at a turn, read from the leaf's own `meta`. */
export interface TurnText {
  /** The customer's words ('' when the state has none). */
  customer: string;
  /** Narration shown before them. */
  narration?: string;
  /** Email subject. */
  subject?: string;
}

/** The customer's words, narration and subject at a leaf. */
export function turnText(graph: ScenarioGraph, leaf: string): TurnText {
  const meta = graph.states.get(leaf)?.meta ?? {};
  const text: TurnText = { customer: meta.customer ?? '' };
  if (meta.narration !== undefined) text.narration = meta.narration;
  if (meta.subject !== undefined) text.subject = meta.subject;
  return text;
}

/** Open options as the player offers them; an option without `reply` shows its id. */
export function offeredOptions(open: readonly OpenOption[]): OfferedOption[] {
  return open.map(({ event, transition }) => ({
    event,
    reply: transition.meta.reply ?? event,
    meta: transition.meta,
  }));
}
