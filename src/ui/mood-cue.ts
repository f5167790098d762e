import { moodBand } from './mood-words.ts';

/** What the mood meter says when the mood moves. */
export interface MoodCue {
  /** Which way it moved. */
  direction: 'up' | 'down';
  /** The short visible cue: "↓ Upset". */
  label: string;
  /** The sentence announced to screen readers. */
  announcement: string;
}

/** The cue for a change from `before` to `after`, or null when the mood did not move. */
export function moodCue(name: string, before: number, after: number): MoodCue | null {
  if (before === after) return null;
  const direction = after > before ? 'up' : 'down';
  const { word } = moodBand(after);
  const moved = direction === 'up' ? 'improved' : 'dropped';
  return {
    direction,
    label: `${direction === 'up' ? '\u2191' : '\u2193'} ${word}`,
    announcement: `${name}'s mood ${moved}: ${word.toLowerCase()}.`,
  };
}
