import { describe, expect, it } from 'vitest';
import { displayName } from './learner-name.ts';

describe('displayName', () => {
  it('turns "Last, First" around', () => {
    expect(displayName('Hollis, Megan')).toBe('Megan Hollis');
    expect(displayName('  van  der Berg ,  Anna Maria ')).toBe('Anna Maria van der Berg');
  });

  it('keeps names without a comma, and half-empty ones readable', () => {
    expect(displayName('Megan Hollis')).toBe('Megan Hollis');
    expect(displayName('Hollis,')).toBe('Hollis');
    expect(displayName(', Megan')).toBe('Megan');
    expect(displayName('')).toBe('');
  });
});
