/** A hash route split into its path and its query, e.g. `#/play/x?mode=assessment`. */
export interface HashRoute {
  /** The path, always starting with `/` (`/play/x`). */
  path: string;
  /** The query without its `?` (`mode=assessment`), or ''. */
  search: string;
}

/**
 * Splits `location.hash` into path and query. The query lives inside the hash so a
 * shared link (`#/play/x?mode=assessment`) carries it, which wouter's own hash hook
 * does not support (it moves the query before the `#`).
 */
export function splitHash(hash: string): HashRoute {
  const rest = hash.replace(/^#?\/?/, '');
  const at = rest.indexOf('?');
  return at < 0
    ? { path: `/${rest}`, search: '' }
    : { path: `/${rest.slice(0, at)}`, search: rest.slice(at + 1) };
}
