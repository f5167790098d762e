import type { Text } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';
import type { JsonPath } from '../../../core/scenario/diagnostic.ts';

/** What the text at a position is, for completion and help. */
export type YamlPlace =
  /** A key being written in the mapping at `path`. */
  | { kind: 'key'; path: JsonPath; mapping: SyntaxNode | null }
  /** The value of the key at `path` (its last element). */
  | { kind: 'value'; path: JsonPath }
  /** An entry of the list at `path`: a plain value, or the first key of a mapping. */
  | { kind: 'item'; path: JsonPath };

const MAPPINGS = new Set(['BlockMapping', 'FlowMapping']);

/** The text of a key or scalar, without quotes. */
export function scalarText(node: SyntaxNode, doc: Text): string {
  const raw = doc.sliceString(node.from, node.to);
  if (node.name !== 'QuotedLiteral' && node.firstChild?.name !== 'QuotedLiteral') return raw;
  const quoted = raw.trim();
  if (quoted.startsWith("'")) return quoted.slice(1, -1).replaceAll("''", "'");
  try {
    return String(JSON.parse(quoted));
  } catch {
    return quoted.slice(1, -1);
  }
}

/** The key of a `Pair` node, or undefined for a pair without one. */
export function keyOf(pair: SyntaxNode, doc: Text): string | undefined {
  const key = pair.getChild('Key');
  return key === null ? undefined : scalarText(key, doc);
}

/** The value node of a `Pair` (what follows its colon), if any. */
export function valueOf(pair: SyntaxNode): SyntaxNode | null {
  const colon = pair.getChild(':');
  return colon?.nextSibling ?? null;
}

function indexOf(item: SyntaxNode): number {
  let index = 0;
  for (let s = item.prevSibling; s !== null; s = s.prevSibling) if (s.name === 'Item') index++;
  return index;
}

/**
 * The path of the value that holds `node`: the keys of the pairs and the indexes of the list
 * items around it, from the top. A node inside a key belongs to the mapping, not to the pair.
 */
export function pathOf(node: SyntaxNode, doc: Text): (string | number)[] {
  const path: (string | number)[] = [];
  let below: SyntaxNode | null = null;
  for (let at: SyntaxNode | null = node; at !== null; below = at, at = at.parent) {
    if (at.name === 'Pair' && below !== null && below.name !== 'Key') {
      path.unshift(keyOf(at, doc) ?? '');
    } else if (at.name === 'Item') {
      path.unshift(indexOf(at));
    }
  }
  return path;
}

/** The keys already written in a mapping node. */
export function keysIn(mapping: SyntaxNode | null, doc: Text): string[] {
  const keys: string[] = [];
  for (let c = mapping?.firstChild ?? null; c !== null; c = c.nextSibling) {
    if (c.name === 'Pair') {
      const key = keyOf(c, doc);
      if (key !== undefined) keys.push(key);
    }
  }
  return keys;
}

/**
 * Where the scalar (or error token) `node` stands: a key, a value or a list entry. The
 * parser's error recovery turns a half-written key into `Pair(Key)` inside its mapping, or
 * into an error token in it at the end of the text: both are keys.
 */
export function placeOf(node: SyntaxNode, doc: Text): YamlPlace | null {
  const parent = node.parent;
  if (parent === null) return null;
  if (parent.name === 'Key') {
    const mapping = parent.parent?.parent ?? null;
    return { kind: 'key', path: mapping === null ? [] : pathOf(mapping, doc), mapping };
  }
  if (MAPPINGS.has(parent.name)) return { kind: 'key', path: pathOf(parent, doc), mapping: parent };
  if (parent.name === 'Document') return { kind: 'key', path: [], mapping: null };
  if (parent.name === 'Pair') return { kind: 'value', path: pathOf(node, doc) };
  if (parent.name === 'Item') return { kind: 'item', path: pathOf(parent.parent ?? parent, doc) };
  return null;
}

/** The innermost scalar-like node at `pos` (a literal, a quoted literal or an error token). */
export function scalarAt(node: SyntaxNode): SyntaxNode | null {
  for (let at: SyntaxNode | null = node; at !== null; at = at.parent) {
    if (at.name === 'Literal' || at.name === 'QuotedLiteral' || at.type.isError) return at;
    if (at.name === 'Key' || at.name === 'Pair' || at.name === 'Item') return null;
  }
  return null;
}

/** The node holding the value at `path` (a mapping, list or scalar), following keys from the top. */
export function nodeAtPath(top: SyntaxNode, path: JsonPath, doc: Text): SyntaxNode | null {
  let at: SyntaxNode | null = top.name === 'Stream' ? top.getChild('Document') : top;
  at = at?.getChildren('BlockMapping')[0] ?? at?.getChild('FlowMapping') ?? null;
  for (const step of path) {
    if (at === null) return null;
    let next: SyntaxNode | null = null;
    if (typeof step === 'string' && MAPPINGS.has(at.name)) {
      const pair = at.getChildren('Pair').find((p) => keyOf(p, doc) === step);
      next = pair === undefined ? null : valueOf(pair);
    } else if (typeof step === 'number') {
      next = at.getChildren('Item')[step]?.firstChild ?? null;
    }
    at = next;
  }
  return at;
}
