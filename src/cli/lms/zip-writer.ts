import { zipSync, type Zippable } from 'fflate';

// Already compressed: deflating again costs time and saves nothing.
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|br|mp3|mp4|webm|ogg)$/i;

/** Why a path cannot go into a package, or undefined when it can. */
export function zipPathProblem(path: string): string | undefined {
  if (path === '') return 'an empty path';
  if (path.includes('\\')) return `'${path}' uses a backslash; zip paths use '/'`;
  if (path.startsWith('/')) return `'${path}' is absolute; package paths are relative to its root`;
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) {
    return `'${path}' has an empty, '.' or '..' segment`;
  }
  return undefined;
}

/**
 * A ZIP archive (PKZIP, 32-bit, deflate) of the given files, keyed by their path in the
 * archive. Paths are checked so an LMS never unpacks a file outside the package folder;
 * entries are sorted so the same files always give the same archive.
 */
export function zipFiles(files: ReadonlyMap<string, Uint8Array>, mtime: Date): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) {
    const problem = zipPathProblem(path);
    if (problem !== undefined) throw new Error(`cannot zip ${problem}`);
    const data = files.get(path);
    if (data === undefined) continue;
    entries[path] = [data, { level: STORED.test(path) ? 0 : 9, mtime }];
  }
  return zipSync(entries);
}
