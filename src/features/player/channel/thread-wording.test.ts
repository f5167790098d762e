import { describe, expect, it } from 'vitest';
import { replyGap, replySubject, silenceGap, splitNarration } from './thread-wording.ts';

describe('splitNarration', () => {
  it('reads a one-sentence narration as the whole gap', () => {
    expect(splitNarration('An hour later, Megan replies.')).toEqual({
      gap: 'An hour later, Megan replies',
    });
    expect(splitNarration('Later that day.')).toEqual({ gap: 'Later that day' });
  });

  it('separates the time from what else the narration says', () => {
    expect(splitNarration('Two days later. Her order page now says "Dispatched".')).toEqual({
      gap: 'Two days later',
      note: 'Her order page now says "Dispatched".',
    });
    expect(splitNarration('Friday.  His second\nemail is still unanswered.')).toEqual({
      gap: 'Friday',
      note: 'His second email is still unanswered.',
    });
  });

  it('keeps a question mark and text without a full stop', () => {
    expect(splitNarration('Still there? He waits.')).toEqual({
      gap: 'Still there?',
      note: 'He waits.',
    });
    expect(splitNarration('Thursday evening')).toEqual({ gap: 'Thursday evening' });
  });
});

describe('reply wording', () => {
  it('adds Re: once', () => {
    expect(replySubject('Order FB-20417')).toBe('Re: Order FB-20417');
    expect(replySubject('Re: Order FB-20417')).toBe('Re: Order FB-20417');
    expect(replySubject('RE: refund')).toBe('RE: refund');
  });

  it('says how long the reply or the silence took', () => {
    expect(replyGap(41_000)).toBe('You replied 41 s later');
    expect(silenceGap(300_000)).toBe('No reply for 5 min');
  });
});
