import type { z } from 'zod';
import type { JsonPath, Problem } from './diagnostic.ts';
import { didYouMean } from './did-you-mean.ts';
import { UNSUPPORTED_KEYS, type UnknownKeyParams } from './schema-helpers.ts';
import { ACTION_NAMES, GUARD_NAMES, VOCABULARY_ALIASES as ALIASES } from './vocabulary-schema.ts';

/**
 * Turns zod issues into plain-English problems located by path. Messages the
 * schema wrote itself are kept (see schema-helpers.ts for the "must"
 * convention); zod's generic ones are replaced, using the raw data to say
 * what was found.
 */

/** The message zod issues carry when no schema-level message applied. */
export const GENERIC = '\u0000generic';

type Issue = z.core.$ZodIssue;

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping of keys to values',
  array: 'a list',
  record: 'a mapping of keys to values',
};

/** A table lookup that never reaches Object.prototype ('toString' is a possible key in a file). */
function lookup(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function own(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
}

/** The raw value at a path, or undefined. */
export function valueAt(data: unknown, path: JsonPath): unknown {
  let current = data;
  for (const segment of path) current = own(current, segment);
  return current;
}

/** How to name a path in a message: its last key, with list indexes after it. */
export function label(path: JsonPath): string {
  let indexes = '';
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'number') indexes = `[${segment}]${indexes}`;
    else if (segment !== undefined) return `'${segment}${indexes}'`;
  }
  return indexes === '' ? 'the file' : `'item${indexes}'`;
}

/** A short rendering of a value found in the file. */
export function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return value.length > 40 ? `'${value.slice(0, 37)}...'` : `'${value}'`;
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : typeof value;
}

function withValue(path: JsonPath, message: string, value: unknown): string {
  // Only scalars are worth repeating; "not a list" after "must list..." reads oddly.
  const scalar =
    typeof value === 'string'
      ? value !== ''
      : typeof value === 'number' || typeof value === 'boolean';
  const shown = scalar ? `, not ${describeValue(value)}` : '';
  return `${label(path)} ${message}${shown}`;
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
}

/** The segment before a discriminator tells a guard from an action. */
function vocabularyOf(path: JsonPath): { kind: string; names: readonly string[] } {
  const owner = [...path]
    .reverse()
    .find((s) => typeof s === 'string' && s !== 'type' && s !== 'params');
  return owner === 'guard' || owner === 'guards'
    ? { kind: 'guard', names: GUARD_NAMES }
    : { kind: 'action', names: ACTION_NAMES };
}

function problem(path: JsonPath, message: string, atKey = false): Problem {
  const p: Problem = { path, severity: 'error', code: 'schema', message };
  if (atKey) p.atKey = true;
  return p;
}

/** Problems for the issues of one parse, paths relative to `base`. */
export function issuesToProblems(
  issues: readonly Issue[],
  data: unknown,
  base: JsonPath = [],
): Problem[] {
  return issues.flatMap((issue) => issueToProblems(issue, data, base));
}

function issueToProblems(issue: Issue, data: unknown, base: JsonPath): Problem[] {
  const path = [...base, ...toPath(issue.path)];
  const value = valueAt(data, path);
  const custom = issue.message !== GENERIC;
  const keep = (): string =>
    issue.message.startsWith('must') ? withValue(path, issue.message, value) : issue.message;

  switch (issue.code) {
    case 'custom': {
      const params = issue.params as Partial<UnknownKeyParams> | undefined;
      if (params?.knownKeys !== undefined)
        return [problem(path, unknownKey(path, params.knownKeys), true)];
      return [problem(path, custom ? keep() : `${label(path)} is not valid`)];
    }
    case 'invalid_key':
      return issuesToProblems(issue.issues, data, path).map((p) => ({
        ...p,
        path,
        atKey: true,
        message: p.message.startsWith("'")
          ? p.message
          : `'${String(path[path.length - 1])}': ${p.message}`,
      }));
    case 'invalid_union':
      return unionProblems(issue, data, path, value, custom ? keep() : undefined);
    case 'invalid_type':
      if (path.length === 0)
        return [
          problem(path, value === null || value === undefined ? 'the file is empty' : ROOT_SHAPE),
        ];
      if (value === undefined) return [problem(path, missing(path))];
      if (value === null)
        return [problem(path, `${label(path)} is empty: give it a value or remove the key`)];
      if (custom) return [problem(path, keep())];
      return [
        problem(
          path,
          withValue(path, `must be ${lookup(EXPECTED, issue.expected) ?? issue.expected}`, value),
        ),
      ];
    case 'invalid_value': {
      if (value === undefined) return [problem(path, missing(path))];
      if (custom) return [problem(path, keep())];
      const allowed = issue.values.map(String);
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
      const expected =
        allowed.length === 1
          ? `must be ${allowed[0] ?? ''}`
          : `must be one of ${allowed.join(', ')}`;
      return [problem(path, withValue(path, expected, value) + hint)];
    }
    default:
      return [problem(path, custom ? keep() : `${label(path)} is not valid`)];
  }
}

const ROOT_SHAPE = 'a scenario file must be a mapping of keys, starting with format: cx-scenario/1';

function missing(path: JsonPath): string {
  const key = path[path.length - 1];
  const parent = path.slice(0, -1);
  const where = parent.length === 0 ? '' : ` in ${label(parent)}`;
  return `missing required key '${String(key)}'${where}`;
}

function unknownKey(path: JsonPath, known: readonly string[]): string {
  const key = String(path[path.length - 1]);
  const unsupported = lookup(UNSUPPORTED_KEYS, key);
  if (unsupported !== undefined) return unsupported;
  const parent = path.slice(0, -1);
  const where = parent.length === 0 ? '' : ` in ${label(parent)}`;
  const hint = didYouMean(key, known);
  return hint !== ''
    ? `unknown key '${key}'${where}${hint}`
    : `unknown key '${key}'${where}: allowed keys are ${known.join(', ')}`;
}

/**
 * A union failed. A discriminated union (guards, actions) names the unknown
 * name; a plain union reports the one alternative whose type matches the
 * value, or the union's own message when none does.
 */
function unionProblems(
  issue: z.core.$ZodIssueInvalidUnion,
  data: unknown,
  path: JsonPath,
  value: unknown,
  message: string | undefined,
): Problem[] {
  if (issue.discriminator !== undefined) {
    const { kind, names } = vocabularyOf(path);
    if (value === undefined)
      return [problem(path, `the ${kind} needs a 'type': one of ${names.join(', ')}`)];
    if (typeof value !== 'string')
      return [problem(path, withValue(path, `must be the name of a ${kind}`, value))];
    const alias = lookup(ALIASES, value);
    const hint = alias !== undefined ? ` - did you mean '${alias}'?` : didYouMean(value, names);
    return [
      problem(
        path,
        hint !== ''
          ? `unknown ${kind} '${value}'${hint}`
          : `unknown ${kind} '${value}': ${kind}s are ${names.join(', ')}`,
      ),
    ];
  }
  const matching = issue.errors.filter(
    (branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
  );
  const best = matching.sort((a, b) => a.length - b.length)[0];
  if (best !== undefined && best.length > 0) return issuesToProblems(best, data, path);
  if (value === undefined) return [problem(path, missing(path))];
  if (value === null)
    return [problem(path, `${label(path)} is empty: give it a value or remove the key`)];
  return [problem(path, message ?? withValue(path, 'has the wrong type', value))];
}
