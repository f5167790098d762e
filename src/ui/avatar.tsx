import type { CSSProperties } from 'react';
import { avatarHue, initialsOf, isEmojiAvatar } from './avatar-text.ts';
import './avatar.css';

/** Props of {@link Avatar}. */
export interface AvatarProps {
  /** The person's name: initials and a calm colour come from it. */
  name: string;
  /** The scenario's avatar: an emoji is shown; paths are not loaded (scenario files are untrusted). */
  avatar?: string;
  /** Size variant. */
  size?: 'small' | 'large';
}

/** A round badge with the customer's emoji or initials; decorative (the name is always written next to it). */
export function Avatar({ name, avatar, size = 'small' }: AvatarProps) {
  const emoji = avatar !== undefined && isEmojiAvatar(avatar);
  return (
    <span
      className={`avatar avatar--${size}`}
      style={{ '--avatar-hue': avatarHue(name) } as CSSProperties}
      aria-hidden="true"
    >
      {emoji ? avatar : initialsOf(name)}
    </span>
  );
}
