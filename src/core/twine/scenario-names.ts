import { RESERVED_KEYS } from '../scenario/yaml-to-data.ts';

/** Lower-case ASCII words of any text: accents dropped, everything else a separator. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** A scenario id (also the file name): lower-case words joined by single hyphens, or ''. */
export function scenarioSlug(text: string): string {
  const slug = words(text).join('-');
  // Long titles make unwieldy file names: cut at a word boundary.
  return slug.length <= 60 ? slug : slug.slice(0, 60).replace(/-[^-]*$/, '');
}

/**
 * Hands out names that follow the format's rule for state keys and option ids (a letter,
 * then letters, digits, `_` or `-`), unique within one scope: the second "Yes" is `yes_2`.
 */
export class NameScope {
  private readonly taken = new Set<string>(RESERVED_KEYS);

  /** A fresh name made from `text`; `fallback` when the text has no letters or digits. */
  name(text: string, fallback: string): string {
    let base = words(text).join('_') || fallback;
    // Passage names can be whole sentences: keys stay readable at a few words.
    if (base.length > 40) base = base.slice(0, 40).replace(/_[^_]*$/, '');
    if (!/^[a-z]/.test(base)) base = `${fallback}_${base}`;
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}_${n}`;
    this.taken.add(name);
    return name;
  }
}
