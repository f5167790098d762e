/**
 * A fast path for large JSON scenario files: the YAML parser that gives every
 * diagnostic its position takes seconds on a multi-megabyte file, JSON.parse
 * milliseconds. Clean JSON (valid, no duplicate or reserved keys, not too deep)
 * needs no diagnostic from the parser, so it is read with JSON.parse; anything
 * else returns undefined and goes the careful way, which reports it exactly.
 */

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 100;
const UNCLEAN = -1;

/** Whether the quote at `at` is escaped: an odd run of backslashes before it. */
function isEscaped(text: string, at: number): boolean {
  let i = at - 1;
  while (text.charCodeAt(i) === 0x5c /* \ */) i--;
  return (at - 1 - i) % 2 === 1;
}

/**
 * How many keys valid JSON text writes: strings followed by a colon. Jumping
 * from quote to quote with indexOf keeps the scan native; outside strings,
 * valid JSON has no other quote.
 */
function keysWritten(text: string): number {
  let keys = 0;
  let open = text.indexOf('"');
  while (open !== -1) {
    let close = text.indexOf('"', open + 1);
    while (close !== -1 && isEscaped(text, close)) close = text.indexOf('"', close + 1);
    if (close === -1) return UNCLEAN;
    let next = close + 1;
    let c = text.charCodeAt(next);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++next);
    if (c === 0x3a /* : */) keys++;
    open = text.indexOf('"', next);
  }
  return keys;
}

/**
 * Strips the prototype of every object in place, as the careful path builds
 * them, so that no later lookup of a key such as 'toString' can reach
 * Object.prototype; copying instead cost more than JSON.parse itself. Returns
 * the number of keys kept, or UNCLEAN for a reserved key or too deep a value.
 */
function stripPrototypes(value: object, depth: number): number {
  if (depth > MAX_DEPTH) return UNCLEAN;
  let keys = 0;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      if (item === null || typeof item !== 'object') continue;
      const inner = stripPrototypes(item, depth + 1);
      if (inner === UNCLEAN) return UNCLEAN;
      keys += inner;
    }
    return keys;
  }
  Object.setPrototypeOf(value, null);
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (RESERVED.has(key)) return UNCLEAN;
    keys++;
    const item = record[key];
    if (item === null || typeof item !== 'object') continue;
    const inner = stripPrototypes(item, depth + 1);
    if (inner === UNCLEAN) return UNCLEAN;
    keys += inner;
  }
  return keys;
}

/** The data of JSON text that the careful parser would accept without a word, else undefined. */
export function cleanJson(text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object') return undefined;
  // JSON.parse keeps the last of repeated keys, so a repeat shows as fewer keys kept than written.
  const kept = stripPrototypes(data, 0);
  return kept !== UNCLEAN && kept === keysWritten(text) ? data : undefined;
}
