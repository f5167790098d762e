/** Up to two initials of a name ("Harold Benning" → "HB", "Cher" → "C"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** A stable hue (0..359) for a name, so each customer keeps the same colour. */
export function avatarHue(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360;
  return hash;
}

/** True for a short pictographic avatar (an emoji), false for anything that looks like a path or URL. */
export function isEmojiAvatar(avatar: string): boolean {
  return [...avatar].length <= 4 && /\p{Extended_Pictographic}/u.test(avatar);
}
