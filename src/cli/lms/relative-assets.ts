import { strFromU8 } from 'fflate';

// `src="/x"`, `href='/x'` (not `//host`) in HTML; `url(/x)` in CSS; a root-relative
// asset path written into a script.
const ROOT_ATTRIBUTE = /\b(?:src|href)\s*=\s*["']\/(?!\/)[^"']*["']/gi;
const ROOT_CSS_URL = /url\(\s*["']?\/(?!\/)[^)"']*["']?\s*\)/gi;
const ROOT_SCRIPT_ASSET = /["'`]\/assets\/[^"'`]+["'`]/g;

/**
 * Why the built app would not load from a sub-folder: every reference that starts at the
 * server root. An LMS serves a package from a folder of its choosing, so the page, its
 * styles and its scripts (lazy scenario chunks included) must reach each other relatively.
 */
export function rootReferences(files: ReadonlyMap<string, Uint8Array>): string[] {
  const problems: string[] = [];
  if (!files.has('index.html')) problems.push('index.html: missing from the build');
  for (const [path, data] of files) {
    const patterns = path.endsWith('.html')
      ? [ROOT_ATTRIBUTE]
      : path.endsWith('.css')
        ? [ROOT_CSS_URL]
        : /\.m?js$/.test(path)
          ? [ROOT_SCRIPT_ASSET]
          : [];
    if (patterns.length === 0) continue;
    const text = strFromU8(data);
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        problems.push(
          `${path}: refers to ${match[0]} from the server root; the package must use relative URLs`,
        );
      }
    }
  }
  return problems;
}
