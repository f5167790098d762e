import { describe, expect, it } from 'vitest';
import { splitHash } from './hash-route.ts';

describe('splitHash', () => {
  it('keeps the query that lives inside the hash', () => {
    expect(splitHash('#/play/x?mode=assessment')).toEqual({
      path: '/play/x',
      search: 'mode=assessment',
    });
  });

  it('treats an empty or bare hash as the home route', () => {
    expect(splitHash('')).toEqual({ path: '/', search: '' });
    expect(splitHash('#')).toEqual({ path: '/', search: '' });
    expect(splitHash('#/')).toEqual({ path: '/', search: '' });
  });

  it('accepts a hash without its leading slash', () => {
    expect(splitHash('#history')).toEqual({ path: '/history', search: '' });
  });
});
