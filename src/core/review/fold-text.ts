// Letters that carry their "accent" in the base letter itself, so NFD leaves them whole:
// without these "lukasz" would not find "Łukasz", nor "soren" "Søren".
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const UNDECOMPOSED_RE = /[łøđðħıŀßæœþ]/g;
const MARKS_RE = /\p{M}/gu;
// Plain ASCII needs no normalisation: most names and titles take the cheap path.
const NON_ASCII_RE = /[\u0080-\uffff]/;

/**
 * Text folded for searching: lower case, accents dropped (case- and accent-insensitive,
 * so "zoe" finds "Zoë" and "lukasz" finds "Łukasz"), the way the library's search folds.
 */
export function foldText(text: string): string {
  if (!NON_ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_RE, (letter) => UNDECOMPOSED[letter] ?? letter);
}

/** The words of a search query, folded, without blanks or duplicates. */
export function queryWords(query: string): string[] {
  return [...new Set(foldText(query).split(/\s+/).filter(Boolean))];
}
