import { describe, expect, it } from 'vitest';
import { moodCue } from './mood-cue.ts';

describe('moodCue', () => {
  it('says nothing when the mood stays', () => {
    expect(moodCue('Megan', 55, 55)).toBeNull();
  });

  it('names the direction and the new mood in a word', () => {
    expect(moodCue('Megan', 55, 30)).toEqual({
      direction: 'down',
      label: '\u2193 Upset',
      announcement: "Megan's mood dropped: upset.",
    });
    expect(moodCue('Harold', 45, 70)?.label).toBe('\u2191 Pleased');
    expect(moodCue('Harold', 45, 70)?.announcement).toBe("Harold's mood improved: pleased.");
  });
});
