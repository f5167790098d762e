import { describe, expect, it } from 'vitest';
import { avatarHue, initialsOf, isEmojiAvatar } from './avatar-text.ts';

describe('avatar text', () => {
  it('takes the first and last initials', () => {
    expect(initialsOf('Harold Benning')).toBe('HB');
    expect(initialsOf('  mary ann  de la cruz ')).toBe('MC');
    expect(initialsOf('Cher')).toBe('C');
  });

  it('keeps the hue stable and in range', () => {
    expect(avatarHue('Megan Hollis')).toBe(avatarHue('Megan Hollis'));
    expect(avatarHue('Megan Hollis')).toBeGreaterThanOrEqual(0);
    expect(avatarHue('Megan Hollis')).toBeLessThan(360);
  });

  it('shows emoji only, never a path', () => {
    expect(isEmojiAvatar('\u{1F474}')).toBe(true);
    expect(isEmojiAvatar('avatars/harold.png')).toBe(false);
    expect(isEmojiAvatar('HB')).toBe(false);
  });
});
