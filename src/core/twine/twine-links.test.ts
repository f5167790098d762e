import { describe, expect, it } from 'vitest';
import { hasFormatCode, linksIn, proseOf, readLink } from './twine-links.ts';

describe('readLink', () => {
  it.each([
    ['Next', { text: 'Next', target: 'Next' }],
    ['Go on->Next', { text: 'Go on', target: 'Next' }],
    ['a->b->c', { text: 'a->b', target: 'c' }],
    ['Next<-Go on', { text: 'Go on', target: 'Next' }],
    ['x<-y<-z', { text: 'y<-z', target: 'x' }],
    ['Go on|Next', { text: 'Go on', target: 'Next' }],
    ['Go on|Next][$asked to true', { text: 'Go on', target: 'Next' }],
    ['  spaced  ->  Out  ', { text: 'spaced', target: 'Out' }],
    ['->Next', { text: 'Next', target: 'Next' }],
  ])('reads [[%s]] as Twine 2 does', (inside, link) => {
    expect(readLink(inside)).toEqual(link);
  });

  it('ignores external and empty links', () => {
    expect(readLink('Our site->https://example.com')).toBeNull();
    expect(readLink('')).toBeNull();
    expect(readLink('Text->')).toBeNull();
  });
});

describe('linksIn and proseOf', () => {
  const text = 'Hi there.\n\n[[Yes->A]]   \n[[B<-No]]\n\n\n\nAnd [[C]] too [[https://x.org]]';

  it('finds every passage link in order', () => {
    expect(linksIn(text)).toEqual([
      { text: 'Yes', target: 'A' },
      { text: 'No', target: 'B' },
      { text: 'C', target: 'C' },
    ]);
  });

  it('keeps the prose without the links or the blank lines they leave', () => {
    expect(proseOf(text)).toBe('Hi there.\n\nAnd  too');
    expect(proseOf('[[Only->A]]\n[[Links->B]]')).toBe('');
  });

  it('spots story-format code', () => {
    expect(hasFormatCode('<<set $x to 1>>')).toBe(true);
    expect(hasFormatCode('(if: $x is 1)[hi]')).toBe(true);
    expect(hasFormatCode('Plain words (really).')).toBe(false);
  });
});
