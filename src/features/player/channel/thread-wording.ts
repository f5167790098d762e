import { formatSpan } from '../../../ui/format-span.ts';

/** Narration read as the time that passed between two messages, and anything else it says. */
export interface TimeGap {
  /** The first sentence, without its full stop: "Two days later". */
  gap: string;
  /** The rest of the narration, if any: "Her order page now says "Dispatched"." */
  note?: string;
}

/**
 * Splits narration such as "Two days later. Her order page now says …" into the time gap
 * ("Two days later") and the note; a one-sentence narration is all gap.
 */
export function splitNarration(narration: string): TimeGap {
  const text = narration.replace(/\s+/g, ' ').trim();
  const end = /[.!?](?=\s|$)/.exec(text);
  if (end === null) return { gap: text };
  const gap = text.slice(0, end.index + (end[0] === '.' ? 0 : 1)).trim();
  const note = text.slice(end.index + 1).trim();
  return note === '' ? { gap } : { gap, note };
}

/** The subject of a reply: "Re: …" unless the subject already starts with it. */
export function replySubject(subject: string): string {
  return /^re:/i.test(subject.trim()) ? subject : `Re: ${subject}`;
}

/** The gap before the trainee's reply: "You replied 41 s later". */
export function replyGap(ms: number): string {
  return `You replied ${formatSpan(ms)} later`;
}

/** The gap when the trainee said nothing: "No reply for 5 min". */
export function silenceGap(ms: number): string {
  return `No reply for ${formatSpan(ms)}`;
}
