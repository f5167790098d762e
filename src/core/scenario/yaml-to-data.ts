import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  type Document,
  type ParsedNode,
  type Scalar,
} from 'yaml';

/** A problem found while turning the YAML tree into data, at a character offset of the source. */
export interface DataProblem {
  /** Offset of the offending node in the source text. */
  offset: number;
  /** Stable rule name. */
  code: string;
  /** Plain-words message. */
  message: string;
}

/** The plain data of a document, or the problems that make it unsafe to use. */
export interface DataResult {
  /** Plain data (null-prototype objects, arrays, text, numbers, booleans, null). */
  data: unknown;
  /** Problems found; when not empty, `data` must not be used. */
  problems: DataProblem[];
}

/** Keys that could reach an object's prototype if code ever copied them onto a plain object. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** The YAML 1.2 core tags; anything else (`!foo`, `!!binary`, `!!set`...) is not plain data. */
const PLAIN_TAGS: ReadonlySet<string> = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

/** Deeper than this is no scenario; stopping here keeps recursion far from the stack limit. */
const MAX_DEPTH = 100;

/** Values produced by alias expansion; past this, aliases are a resource attack (alias bomb). */
const MAX_ALIAS_VALUES = 10_000;

/**
 * The text of a map key as the data uses it: a plain `120000:` keeps its source
 * text, so keys read as the author typed them rather than as YAML's number or
 * boolean reading of them (`~` would otherwise become "null").
 */
export function keyText(node: ParsedNode | null): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (node.type === 'PLAIN' && typeof node.source === 'string') return node.source;
  return String(node.value);
}

function startOf(
  node: { range?: readonly [number, number, number] | null } | null | undefined,
): number {
  return node?.range?.[0] ?? 0;
}

function tagName(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

/**
 * Turns a parsed YAML document into plain data, rejecting what is not plain
 * data: custom tags, reserved keys, duplicate or complex keys, self-referencing
 * and exploding aliases. Objects have no prototype, so no key can pollute one.
 */
export function yamlToData(doc: Document.Parsed, lineOf: (offset: number) => number): DataResult {
  const problems: DataProblem[] = [];
  const anchors = new Map<string, ParsedNode>();
  const building = new Set<ParsedNode>();
  let aliasDepth = 0;
  let aliasValues = 0;
  let aborted = false;

  const fail = (
    node: { range?: readonly [number, number, number] | null } | null,
    code: string,
    message: string,
  ): undefined => {
    problems.push({ offset: startOf(node), code, message });
    return undefined;
  };

  const scalar = (node: Scalar.Parsed): unknown => {
    const value: unknown = node.value;
    if (
      value === null ||
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      typeof value === 'number'
    ) {
      return value;
    }
    return fail(
      node,
      'unsupported-value',
      `this value is not plain data (text, number, true/false)`,
    );
  };

  const build = (node: ParsedNode | null, depth: number): unknown => {
    if (aborted) return undefined;
    if (node === null) return null;
    if (depth > MAX_DEPTH) {
      aborted = true;
      return fail(node, 'too-deep', `the data is nested more than ${MAX_DEPTH} levels deep`);
    }
    if (aliasDepth > 0 && ++aliasValues > MAX_ALIAS_VALUES) {
      aborted = true;
      return fail(
        node,
        'alias-bomb',
        `aliases expand to more than ${MAX_ALIAS_VALUES} values; write the data out instead`,
      );
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined)
        return fail(
          node,
          'unknown-alias',
          `alias '*${node.source}' has no anchor '&${node.source}' before it`,
        );
      if (building.has(target))
        return fail(
          node,
          'circular-alias',
          `alias '*${node.source}' refers to a value that contains it`,
        );
      aliasDepth++;
      try {
        return build(target, depth + 1);
      } finally {
        aliasDepth--;
      }
    }
    if (aliasDepth === 0 && node.anchor !== undefined) anchors.set(node.anchor, node);
    if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
      return fail(
        node,
        'unsupported-tag',
        `tag '${tagName(node.tag)}' is not allowed: scenario files hold plain data only`,
      );
    }
    if (isScalar(node)) return scalar(node);
    building.add(node);
    try {
      return isMap(node) ? buildMap(node.items, depth) : buildSeq(node.items, depth);
    } finally {
      building.delete(node);
    }
  };

  const buildSeq = (items: readonly unknown[], depth: number): unknown[] => {
    const out: unknown[] = [];
    for (const item of items) {
      if (isPair(item)) {
        fail(
          isScalar(item.key) ? item.key : null,
          'unexpected-pair',
          `a 'key: value' pair cannot stand directly inside a list`,
        );
        continue;
      }
      out.push(build(item as ParsedNode, depth + 1));
    }
    return out;
  };

  const buildMap = (
    items: readonly { key: ParsedNode | null; value: ParsedNode | null }[],
    depth: number,
  ): Record<string, unknown> => {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const seen = new Map<string, number>();
    for (const pair of items) {
      if (pair.key !== null && aliasDepth === 0 && pair.key.anchor !== undefined)
        anchors.set(pair.key.anchor, pair.key);
      const key =
        isScalar(pair.key) && (pair.key.tag === undefined || PLAIN_TAGS.has(pair.key.tag))
          ? keyText(pair.key)
          : undefined;
      if (key === undefined) {
        fail(
          pair.key ?? pair.value,
          'bad-key',
          'keys must be plain names, not lists, mappings, aliases or tagged values',
        );
        continue;
      }
      if (RESERVED_KEYS.has(key)) {
        fail(pair.key, 'reserved-key', `the key '${key}' is not allowed in scenario files`);
        continue;
      }
      const first = seen.get(key);
      if (first !== undefined) {
        fail(
          pair.key,
          'duplicate-key',
          `duplicate key '${key}' (first written on line ${lineOf(first)})`,
        );
        continue;
      }
      seen.set(key, startOf(pair.key));
      out[key] = build(pair.value, depth + 1);
    }
    return out;
  };

  const data = build(doc.contents, 0);
  return { data, problems };
}
