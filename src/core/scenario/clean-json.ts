/**
 * A fast path for large JSON scenario files: the YAML parser that gives every
 * diagnostic its position takes seconds on a multi-megabyte file, JSON.parse
 * milliseconds. Clean JSON (valid, no duplicate or reserved keys, not too deep)
 * needs no diagnostic from the parser, so it is read with JSON.parse; anything
 * else returns undefined and goes the careful way, which reports it exactly.
 */

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 100;

/** Whether some object in valid JSON text repeats a key (JSON.parse silently keeps the last). */
export function hasDuplicateKeys(text: string): boolean {
  // One frame per open object or array: the keys seen so far (null for arrays).
  const frames: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i + 1;
      let escaped = false;
      for (i = start; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) {
          escaped = true;
          i++;
        } else if (d === 0x22) break;
      }
      const frame = frames[frames.length - 1];
      if (expectKey && frame) {
        const raw = text.slice(start, i);
        const key = escaped ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (frame.has(key)) return true;
        frame.add(key);
        expectKey = false;
      }
    } else if (c === 0x7b /* { */) {
      frames.push(new Set());
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      frames.push(null);
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      frames.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = frames[frames.length - 1] instanceof Set;
    }
  }
  return false;
}

const UNCLEAN = Symbol('unclean');

/**
 * Rebuilds parsed JSON with prototype-free objects, as the careful path does, so
 * that no later lookup of a key such as 'toString' can reach Object.prototype.
 */
function rebuild(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_DEPTH) return UNCLEAN;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value as unknown[]) {
      const copy = rebuild(item, depth + 1);
      if (copy === UNCLEAN) return UNCLEAN;
      out.push(copy);
    }
    return out;
  }
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) {
    if (RESERVED.has(key)) return UNCLEAN;
    const copy = rebuild(item, depth + 1);
    if (copy === UNCLEAN) return UNCLEAN;
    out[key] = copy;
  }
  return out;
}

/** The data of JSON text that the careful parser would accept without a word, else undefined. */
export function cleanJson(text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (data === null || typeof data !== 'object' || hasDuplicateKeys(text)) return undefined;
  const copy = rebuild(data, 0);
  return copy === UNCLEAN ? undefined : copy;
}
