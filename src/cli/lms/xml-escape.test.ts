import { describe, expect, it } from 'vitest';
import { escapeXml, xmlAttr } from './xml-escape.ts';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`Tom & "Jerry" <b>'s</b>`)).toBe(
      'Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&lt;/b&gt;',
    );
  });

  it('drops characters XML 1.0 cannot carry, keeps tabs, newlines and astral characters', () => {
    expect(escapeXml('a\u0000b\u0007c\td\ne\u{1F600}\uD800f')).toBe('abc\td\ne\u{1F600}f');
  });

  it('treats its input as plain text, even text that looks escaped', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('xmlAttr', () => {
  it('quotes and escapes a value', () => {
    expect(xmlAttr('href', 'index.html?a=1&b=2')).toBe(' href="index.html?a=1&amp;b=2"');
    expect(xmlAttr('masteryScore', 0.7)).toBe(' masteryScore="0.7"');
  });
});
