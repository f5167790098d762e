import type { Customer } from '../../../core/scenario/scenario-types.ts';
import type { TranscriptLine } from '../transcript-lines.ts';

/** What every channel view gets: the same conversation, drawn the way its channel looks. */
export interface ChannelViewProps {
  /** The customer (name, avatar). */
  customer: Customer;
  /** The conversation so far, in order. */
  lines: readonly TranscriptLine[];
  /** Active ms since the attempt started (pauses excluded), for call and visit timers. */
  getActiveNow: () => number;
  /** The clock is paused. */
  paused: boolean;
  /** The conversation has ended. */
  done: boolean;
}

/** The customer's first name, for short labels ("Harold is typing…"). */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
