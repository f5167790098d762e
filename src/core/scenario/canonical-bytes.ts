/**
 * The UTF-8 bytes of canonical JSON (see fingerprint.ts), written straight
 * into a byte buffer: building the text with a replacer, then encoding it,
 * was most of the cost of fingerprinting a large scenario. Only plain data is
 * written here (objects, arrays, strings, numbers, booleans, null); for
 * anything JSON.stringify might treat specially it gives up, and the caller
 * takes the reference path, so the bytes never differ.
 */

/** Thrown to give up, from any depth; caught by canonicalBytes. One instance: no stack to build. */
const GIVE_UP = new Error('not plain data');
const HEX = '0123456789abcdef';

// One buffer, written by one call at a time (writing is synchronous; re-entry gives up) and kept
// between calls up to a size, since growing it again for every large file was a measurable cost.
const KEEP_BYTES = 16 * 1024 * 1024;
let buffer = new Uint8Array(1 << 16);
let length = 0;
let writing = false;

/** Room for `count` more bytes. */
function reserve(count: number): void {
  if (length + count <= buffer.length) return;
  const bigger = new Uint8Array(Math.max(buffer.length * 2, length + count));
  bigger.set(buffer.subarray(0, length));
  buffer = bigger;
}

/** Text known to be ASCII with nothing to escape: numbers, literals, punctuation. */
function ascii(text: string): void {
  reserve(text.length);
  for (let i = 0; i < text.length; i++) buffer[length++] = text.charCodeAt(i);
}

function byte(code: number): void {
  reserve(1);
  buffer[length++] = code;
}

/** Writes `\uXXXX` in lower-case hex, as JSON.stringify does. */
function unicodeEscape(c: number): void {
  buffer[length++] = 0x5c;
  buffer[length++] = 0x75;
  for (let shift = 12; shift >= 0; shift -= 4)
    buffer[length++] = HEX.charCodeAt((c >> shift) & 0xf);
}

/** The short escape JSON.stringify writes for a character (after the backslash), or 0. */
function shortEscape(c: number): number {
  switch (c) {
    case 0x08:
      return 0x62; // b
    case 0x09:
      return 0x74; // t
    case 0x0a:
      return 0x6e; // n
    case 0x0c:
      return 0x66; // f
    case 0x0d:
      return 0x72; // r
    case 0x22:
    case 0x5c:
      return c;
    default:
      return 0;
  }
}

/** A JSON string literal, escaped as JSON.stringify escapes it, in UTF-8. */
function string(text: string): void {
  // Six bytes is the most one UTF-16 unit takes (\uXXXX), plus the quotes.
  reserve(text.length * 6 + 2);
  buffer[length++] = 0x22;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 && c !== 0x22 && c !== 0x5c) {
        buffer[length++] = c;
        continue;
      }
      const short = shortEscape(c);
      if (short === 0) unicodeEscape(c);
      else {
        buffer[length++] = 0x5c;
        buffer[length++] = short;
      }
    } else if (c < 0x800) {
      buffer[length++] = 0xc0 | (c >> 6);
      buffer[length++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      buffer[length++] = 0xe0 | (c >> 12);
      buffer[length++] = 0x80 | ((c >> 6) & 0x3f);
      buffer[length++] = 0x80 | (c & 0x3f);
    } else {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const point = ((c - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        buffer[length++] = 0xf0 | (point >> 18);
        buffer[length++] = 0x80 | ((point >> 12) & 0x3f);
        buffer[length++] = 0x80 | ((point >> 6) & 0x3f);
        buffer[length++] = 0x80 | (point & 0x3f);
        i++;
      } else {
        // A lone surrogate: JSON.stringify escapes it rather than write invalid UTF-16.
        unicodeEscape(c);
      }
    }
  }
  buffer[length++] = 0x22;
}

/** Sorts in place as Array#sort does without a comparator (by UTF-16 code units). */
function sortKeys(keys: string[]): void {
  if (keys.length > 8) {
    keys.sort();
    return;
  }
  // Most objects have a handful of keys, where insertion sort beats the general sort's setup.
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && (keys[j] as string) > key; j--) keys[j + 1] = keys[j] as string;
    keys[j + 1] = key;
  }
}

/** Keys as JSON.stringify(value, sortKeys) orders them: sorted, integer-like keys first. */
function orderedKeys(value: object): string[] {
  const keys = Object.keys(value);
  sortKeys(keys);
  for (const key of keys) {
    const first = key.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) {
      // The engine lists integer-like keys first, in numeric order: ask it rather than guess.
      const probe = Object.create(null) as Record<string, true>;
      for (const k of keys) probe[k] = true;
      return Object.keys(probe);
    }
  }
  return keys;
}

/** Writes a value; false for what JSON.stringify leaves out (undefined, functions, symbols). */
function write(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      string(value);
      return true;
    case 'number':
      ascii(Number.isFinite(value) ? String(value) : 'null');
      return true;
    case 'boolean':
      ascii(value ? 'true' : 'false');
      return true;
    case 'object':
      break;
    case 'bigint':
      throw GIVE_UP;
    default:
      return false;
  }
  if (value === null) {
    ascii('null');
    return true;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw GIVE_UP;
  if (Array.isArray(value)) {
    if (prototype !== Array.prototype) throw GIVE_UP;
    byte(0x5b);
    for (let i = 0; i < value.length; i++) {
      if (i > 0) byte(0x2c);
      if (!write(value[i])) ascii('null');
    }
    byte(0x5d);
    return true;
  }
  if (prototype !== Object.prototype && prototype !== null) throw GIVE_UP;
  const record = value as Record<string, unknown>;
  byte(0x7b);
  let first = true;
  for (const key of orderedKeys(record)) {
    const item = record[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    if (!first) byte(0x2c);
    first = false;
    string(key);
    byte(0x3a);
    write(item);
  }
  byte(0x7d);
  return true;
}

/**
 * The UTF-8 bytes of the canonical JSON of plain data, or undefined when the
 * value holds anything else (or cannot be written, such as a cycle).
 */
export function canonicalBytes(value: unknown): Uint8Array | undefined {
  if (writing) return undefined;
  writing = true;
  length = 0;
  try {
    return write(value) ? buffer.slice(0, length) : undefined;
  } catch {
    return undefined;
  } finally {
    writing = false;
    if (buffer.length > KEEP_BYTES) buffer = new Uint8Array(1 << 16);
  }
}
