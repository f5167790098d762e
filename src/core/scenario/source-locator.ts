import {
  isMap,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Pair,
  type ParsedNode,
} from 'yaml';
import type { JsonPath } from './diagnostic.ts';
import { keyText } from './yaml-to-data.ts';

/** A 1-based line and column in the source text. */
export interface SourcePosition {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
}

/** Maps a path of the data to where it is written; `atKey` points at the key instead of the value. */
export type Locate = ((path: JsonPath, atKey?: boolean) => SourcePosition) & {
  /** Where the value at a path ends (its last character); absent on hand-made locators. */
  end?: (path: JsonPath) => SourcePosition;
};

/** Line and column of a character offset. */
export function positionAt(lineCounter: LineCounter, offset: number): SourcePosition {
  const { line, col } = lineCounter.linePos(offset);
  return { line: Math.max(1, line), column: Math.max(1, col) };
}

type AnyPair = Pair<ParsedNode, ParsedNode | null>;

/**
 * Builds a locator over a parsed document. A path that does not exist (a
 * missing required key) falls back to its nearest existing ancestor, at that
 * ancestor's key when it has one: "customer: is missing mood" points at the
 * `customer:` line. A path through an alias stops at the alias, where the
 * author used the shared value.
 */
export function createLocator(doc: Document.Parsed, lineCounter: LineCounter): Locate {
  const index = new WeakMap<object, Map<string, AnyPair>>();
  const pairsOf = (map: { items: AnyPair[] }): Map<string, AnyPair> => {
    let found = index.get(map);
    if (found === undefined) {
      found = new Map();
      for (const pair of map.items) {
        const key = keyText(pair.key);
        if (key !== undefined && !found.has(key)) found.set(key, pair);
      }
      index.set(map, found);
    }
    return found;
  };
  const at = (node: { range?: readonly [number, number, number] | null } | null): SourcePosition =>
    positionAt(lineCounter, node?.range?.[0] ?? 0);
  // An empty value (`key:` with nothing after it) is best shown at its key.
  const isEmpty = (node: ParsedNode | null): boolean =>
    node === null || (isScalar(node) && node.value === null && node.source === '');

  const walk = (path: JsonPath) => {
    let node: ParsedNode | null = doc.contents;
    let key: ParsedNode | null = null;
    for (const segment of path) {
      let next: { key: ParsedNode | null; value: ParsedNode | null } | undefined;
      if (isMap(node) && typeof segment === 'string') {
        next = pairsOf(node).get(segment);
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = (node.items as (ParsedNode | null)[])[segment];
        if (item !== undefined) next = { key: null, value: item };
      }
      if (next === undefined) return { found: false as const, key, node };
      key = next.key;
      node = next.value;
    }
    return { found: true as const, key, node };
  };

  const locate: Locate = (path, atKey = false) => {
    const { found, key, node } = walk(path);
    if (!found) return key !== null ? at(key) : at(node);
    if (key !== null && (atKey || isEmpty(node))) return at(key);
    return at(node);
  };
  locate.end = (path) => {
    const { key, node } = walk(path);
    const range = node?.range ?? key?.range;
    if (range === undefined || range === null) return at(null);
    // range[1] is just past the value: for a block value, past the newline ending its last
    // line, so one character back is on that line.
    return positionAt(lineCounter, Math.max(range[0], range[1] - 1));
  };
  return locate;
}
