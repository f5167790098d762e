/** One link of a passage: what the reader clicks and the passage it leads to. */
export interface TwineLink {
  /** The link's text, as the reader sees it. */
  text: string;
  /** The name of the passage it leads to. */
  target: string;
}

/** Twine's own link pattern: everything from `[[` to the first `]]`, on one line. */
const LINK = /\[\[(.*?)\]\]/g;

/** Links that leave the story (`https://...`) are not passages. */
const EXTERNAL = /^\w+:\/\/\/?\w/i;

/** Splits at the rightmost (`last`) or leftmost occurrence of `separator`; null when absent. */
function splitAt(text: string, separator: string, last: boolean): [string, string] | null {
  const at = last ? text.lastIndexOf(separator) : text.indexOf(separator);
  return at < 0 ? null : [text.slice(0, at), text.slice(at + separator.length)];
}

/**
 * Reads one link's inside as Twine 2 does: `text->target` (the rightmost arrow),
 * `target<-text` (the leftmost), `text|target` (the last bar) or a bare `target`;
 * a setter (`][$x to 1`) is dropped.
 */
export function readLink(inside: string): TwineLink | null {
  const body = inside.split('][')[0] ?? inside;
  const arrow = splitAt(body, '->', true);
  const back = arrow === null ? splitAt(body, '<-', false) : null;
  const bar = arrow === null && back === null ? splitAt(body, '|', true) : null;
  const [text, target] =
    arrow !== null ? arrow : back !== null ? [back[1], back[0]] : bar !== null ? bar : [body, body];
  const link = { text: text.trim(), target: target.trim() };
  if (link.target === '' || EXTERNAL.test(link.target)) return null;
  return { text: link.text === '' ? link.target : link.text, target: link.target };
}

/** Every link to a passage in a passage's text, in order (external links left out). */
export function linksIn(text: string): TwineLink[] {
  const links: TwineLink[] = [];
  for (const match of text.matchAll(LINK)) {
    const link = readLink(match[1] ?? '');
    if (link !== null) links.push(link);
  }
  return links;
}

/** The passage's prose without its links: links become the trainee's reply options instead. */
export function proseOf(text: string): string {
  return text
    .replace(LINK, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Story-format code (SugarCube `<<...>>`, Harlowe `(name: ...)`) that the import cannot read. */
export function hasFormatCode(text: string): boolean {
  return /<<[a-z/]/i.test(text) || /\([a-z][a-z0-9-]*:/i.test(text);
}
