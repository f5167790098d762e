import type { EndingMeta, GuardSpec } from '../scenario/scenario-types.ts';
import type { EndingOutcome } from './diagram-types.ts';

/** Longest label text before it is cut with an ellipsis: a node or edge label stays one line. */
export const LABEL_CHARS = 40;

/** `text` on one line, cut at a word boundary to at most `max` characters with an ellipsis. */
export function shorten(text: string, max = LABEL_CHARS): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // A cut mid-word reads worse than a shorter line, unless the word is most of the line.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}\u2026`;
}

/** Delighted (kept, 4–5 stars), cool (kept, 3 stars or fewer) or lost (not kept). */
export function endingOutcome(ending: Pick<EndingMeta, 'retained' | 'review'>): EndingOutcome {
  if (!ending.retained) return 'lost';
  return ending.review >= 4 ? 'delighted' : 'cool';
}

/** A guard in words: "mood ≥ 50", "flag promised", "mood < 30 and flag x". */
export function guardWords(guard: GuardSpec): string {
  switch (guard.type) {
    case 'moodAtLeast':
      return `mood \u2265 ${guard.params.value}`;
    case 'moodBelow':
      return `mood < ${guard.params.value}`;
    case 'flag':
      return `flag ${guard.params.flag}`;
    case 'all':
      return guard.params.guards.map(guardWords).join(' and ') || 'always';
    case 'any':
      return `(${guard.params.guards.map(guardWords).join(' or ')})`;
  }
}

/** A delay in ms as people say it: "45 s", "2 min", "1 min 30 s". */
export function delayWords(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
