import { describe, expect, it } from 'vitest';
import { excerpt, paragraphs } from './paragraphs.ts';

describe('paragraphs', () => {
  it('splits at blank lines and keeps single line breaks', () => {
    expect(paragraphs('Hi there,\n\nLine one\nLine two\n  \nThanks,\nMegan\n')).toEqual([
      'Hi there,',
      'Line one\nLine two',
      'Thanks,\nMegan',
    ]);
    expect(paragraphs('  ')).toEqual([]);
  });
});

describe('excerpt', () => {
  it('keeps short text whole', () => {
    expect(excerpt('Hello,\n\nis this a real person?', 80)).toEqual({
      text: 'Hello, is this a real person?',
      cut: false,
    });
  });

  it('cuts long text at a word with an ellipsis', () => {
    const { text, cut } = excerpt('I ordered the Classic Casserole 24 cm in Sage this morning', 30);
    expect(cut).toBe(true);
    expect(text).toBe('I ordered the Classic\u2026');
  });
});
