import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalBytes } from './canonical-bytes.ts';

/** Returns objects with their keys in sorted order; JSON.stringify does the rest natively. */
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  // Prototype-free, so even a '__proto__' key stays plain data.
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value).sort())
    sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}

/**
 * JSON with object keys sorted at every level, so the same content always
 * gives the same text whatever order the author wrote the keys in.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortKeys) ?? 'null';
}

/** sha-256 (hex) of the canonical JSON: names the exact version of a scenario an attempt was played on. */
export function fingerprint(value: unknown): string {
  // Plain data is written to bytes directly; anything else takes the reference path.
  const bytes = canonicalBytes(value) ?? utf8ToBytes(canonicalJson(value));
  return bytesToHex(sha256(bytes));
}
