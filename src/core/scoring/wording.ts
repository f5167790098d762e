/** A number with an explicit sign, using a true minus sign as print does ("+2", "−1", "0"). */
export function signed(value: number): string {
  const text = String(Math.abs(Number(value.toFixed(2))));
  if (value > 0) return `+${text}`;
  if (value < 0) return `\u2212${text}`;
  return '0';
}

/** Milliseconds as seconds people read: one decimal below 10 s, whole seconds above. */
export function seconds(ms: number): string {
  const s = ms / 1000;
  const text = s < 10 ? String(Number(s.toFixed(1))) : String(Math.round(s));
  return `${text} s`;
}

/** A mark as shown in explanations, two decimals. */
export function markText(mark: number): string {
  return mark.toFixed(2);
}

/** A reply quoted in a sentence, shortened so a long email does not swamp the explanation. */
export function quoted(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const short = clean.length > max ? `${clean.slice(0, max - 1).trimEnd()}\u2026` : clean;
  return `"${short}"`;
}

/** "1 turn", "3 turns". */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
