/** Text split into paragraphs at blank lines, trimmed; single line breaks stay inside a paragraph. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The start of a long text, cut at a word boundary with an ellipsis ("" stays ""). */
export function excerpt(text: string, max: number): { text: string; cut: boolean } {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return { text: flat, cut: false };
  const slice = flat.slice(0, max);
  const space = slice.lastIndexOf(' ');
  const short = (space > max * 0.6 ? slice.slice(0, space) : slice).replace(/[\s,;:.]+$/, '');
  return { text: `${short}\u2026`, cut: true };
}
