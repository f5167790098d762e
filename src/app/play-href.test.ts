import { describe, expect, it } from 'vitest';
import { nextScenarioId } from './next-scenario.ts';
import { modeFromSearch, playPath } from './play-href.ts';

describe('play links', () => {
  it('reads assessment only when asked for, practice otherwise', () => {
    expect(modeFromSearch('mode=assessment')).toBe('assessment');
    expect(modeFromSearch('mode=practice')).toBe('practice');
    expect(modeFromSearch('mode=exam')).toBe('practice');
    expect(modeFromSearch('')).toBe('practice');
  });

  it('round-trips the mode through the path', () => {
    expect(playPath('a-b', 'practice')).toBe('/play/a-b');
    expect(playPath('a-b', 'assessment')).toBe('/play/a-b?mode=assessment');
    expect(modeFromSearch(playPath('a-b', 'assessment').split('?')[1] ?? '')).toBe('assessment');
  });
});

describe('nextScenarioId', () => {
  const order = ['one', 'two', 'three'];

  it('gives the following scenario in library order', () => {
    expect(nextScenarioId(order, 'one')).toBe('two');
    expect(nextScenarioId(order, 'two')).toBe('three');
  });

  it('gives nothing after the last one or for an unknown id', () => {
    expect(nextScenarioId(order, 'three')).toBeUndefined();
    expect(nextScenarioId(order, 'nope')).toBeUndefined();
  });
});
