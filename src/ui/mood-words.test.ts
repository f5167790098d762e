import { describe, expect, it } from 'vitest';
import { moodBand } from './mood-words.ts';

describe('moodBand', () => {
  it('names every mood with a word as well as a colour family', () => {
    expect(moodBand(0)).toEqual({ word: 'Furious', tone: 'low' });
    expect(moodBand(39)).toEqual({ word: 'Upset', tone: 'low' });
    expect(moodBand(50).word).toBe('Uneasy');
    expect(moodBand(69).word).toBe('Calm');
    expect(moodBand(84).word).toBe('Pleased');
    expect(moodBand(100)).toEqual({ word: 'Delighted', tone: 'high' });
  });
});
