import { describe, expect, it } from 'vitest';
import { foldText, queryWords } from './fold-text.ts';

describe('foldText', () => {
  it('drops case and accents', () => {
    expect(foldText('Zoë ÉMILE Núñez')).toBe('zoe emile nunez');
  });

  it('folds letters whose accent is part of the letter', () => {
    expect(foldText('Łukasz Søren Straße Æsir Œuvre Đorđe')).toBe(
      'lukasz soren strasse aesir oeuvre dorde',
    );
  });

  it('keeps scripts without case as they are', () => {
    expect(foldText('王芳')).toBe('王芳');
  });

  it('leaves plain ASCII only lower-cased', () => {
    expect(foldText('Billing-Disputes 2')).toBe('billing-disputes 2');
  });
});

describe('queryWords', () => {
  it('splits on any white space, folds and drops duplicates', () => {
    expect(queryWords('  Zoë\tzoe\n BILLING ')).toEqual(['zoe', 'billing']);
  });

  it('gives no words for a blank query', () => {
    expect(queryWords(' \t ')).toEqual([]);
  });
});
