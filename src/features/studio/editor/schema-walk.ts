/*
 * A small walker over the scenario's JSON Schema, for completion and help in the editor.
 *
 * Why not `codemirror-json-schema` (which supports YAML): it brings shiki, markdown-it and
 * json-schema-library. Measured with `vite build` (CodeMirror itself shared out), it added
 * 472 kB (160 kB gzipped) to the studio chunk, plus lazily loaded grammars, to show
 * descriptions that are one plain sentence each. This schema uses only `properties`,
 * `additionalProperties`, `items`, `$ref` into `$defs`, `anyOf`/`oneOf`, `enum`/`const` and
 * number bounds, which is all this file reads.
 */
import type { JsonPath } from '../../../core/scenario/diagnostic.ts';

/** A JSON Schema object, read defensively (it is data, not a type). */
export type JsonSchema = Readonly<Record<string, unknown>>;

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function schemaList(value: unknown): JsonSchema[] {
  return Array.isArray(value) ? value.filter(isSchema) : [];
}

/** Follows a local `$ref` (`#/$defs/State`); anything else is left as it is. */
function deref(root: JsonSchema, schema: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let at: unknown = root;
  for (const part of ref.slice(2).split('/')) at = isSchema(at) ? at[part] : undefined;
  return isSchema(at) ? at : schema;
}

/** The schema and every alternative inside it (`$ref`, `anyOf`, `oneOf`, `allOf`), flattened. */
export function alternatives(root: JsonSchema, schema: JsonSchema, depth = 0): JsonSchema[] {
  if (depth > 20) return [];
  const resolved = deref(root, schema);
  const nested = ['anyOf', 'oneOf', 'allOf'].flatMap((k) => schemaList(resolved[k]));
  return [resolved, ...nested.flatMap((s) => alternatives(root, s, depth + 1))];
}

/** The schemas one key or index further down. */
function step(
  root: JsonSchema,
  schemas: readonly JsonSchema[],
  key: string | number,
): JsonSchema[] {
  const found: JsonSchema[] = [];
  for (const schema of schemas.flatMap((s) => alternatives(root, s))) {
    if (typeof key === 'number') {
      if (isSchema(schema.items)) found.push(schema.items);
      continue;
    }
    const properties = schema.properties;
    const own = isSchema(properties) ? properties[key] : undefined;
    if (isSchema(own)) found.push(own);
    else if (isSchema(schema.additionalProperties)) found.push(schema.additionalProperties);
  }
  return found;
}

/** The schemas that describe the value at `path` (several when the schema offers alternatives). */
export function schemasAt(root: JsonSchema, path: JsonPath): JsonSchema[] {
  let schemas: JsonSchema[] = [root];
  for (const key of path) schemas = step(root, schemas, key);
  return schemas;
}

/** A key an object at some path may have. */
export interface KeyInfo {
  /** The key. */
  name: string;
  /** Its schema (alternatives not yet flattened). */
  schema: JsonSchema;
  /** Whether the object must have it. */
  required: boolean;
}

/** The keys the schema names for the object at `path`, in the schema's order, without repeats. */
export function keysAt(root: JsonSchema, path: JsonPath): KeyInfo[] {
  const keys = new Map<string, KeyInfo>();
  for (const schema of schemasAt(root, path).flatMap((s) => alternatives(root, s))) {
    const properties = schema.properties;
    if (!isSchema(properties)) continue;
    const required = Array.isArray(schema.required) ? schema.required : [];
    for (const [name, value] of Object.entries(properties)) {
      if (!keys.has(name) && isSchema(value)) {
        keys.set(name, { name, schema: value, required: required.includes(name) });
      }
    }
  }
  return [...keys.values()];
}

/** The fixed values allowed at `path` (enum, const, booleans), as YAML text, without repeats. */
export function valuesAt(root: JsonSchema, path: JsonPath): string[] {
  return fixedValues(root, schemasAt(root, path));
}

/** The fixed values of some schemas (enum, const, booleans). */
export function fixedValues(root: JsonSchema, schemas: readonly JsonSchema[]): string[] {
  const values = new Set<string>();
  for (const schema of schemas.flatMap((s) => alternatives(root, s))) {
    if (Array.isArray(schema.enum)) for (const v of schema.enum) values.add(String(v));
    if ('const' in schema) values.add(String(schema.const));
    if (schema.type === 'boolean') ['true', 'false'].forEach((v) => values.add(v));
  }
  return [...values];
}

/** What kind of value a schema wants, in words: "text", "number from -2 to 2", "list"… */
export function kindOf(root: JsonSchema, schema: JsonSchema): string {
  const kinds = new Set<string>();
  for (const s of alternatives(root, schema)) {
    const type = s.type;
    if (type === 'number' || type === 'integer') {
      const word = type === 'integer' ? 'whole number' : 'number';
      const min = s.minimum ?? s.exclusiveMinimum;
      const max = s.maximum ?? s.exclusiveMaximum;
      if (typeof min === 'number' && typeof max === 'number')
        kinds.add(`${word} from ${min} to ${max}`);
      else if (typeof s.exclusiveMinimum === 'number')
        kinds.add(`${word} above ${s.exclusiveMinimum}`);
      else kinds.add(word);
    } else if (type === 'string') {
      kinds.add('const' in s || Array.isArray(s.enum) ? 'one of the values' : 'text');
    } else if (type === 'boolean') kinds.add('true or false');
    else if (type === 'array') kinds.add('list');
    else if (type === 'object') kinds.add('mapping');
  }
  return [...kinds].join(' or ');
}

/** The first description among a schema and its alternatives. */
export function descriptionOf(root: JsonSchema, schema: JsonSchema): string | undefined {
  for (const s of [schema, ...alternatives(root, schema)]) {
    if (typeof s.description === 'string') return s.description;
  }
  return undefined;
}

/** Help for the value at `path`: its description, what kind of value it takes and its choices. */
export interface SchemaHelp {
  /** The key (or `item` for a list entry, `scenario` at the top). */
  title: string;
  /** The schema's description, when it has one. */
  description: string | undefined;
  /** "number from -2 to 2", "text"… */
  kind: string;
  /** The allowed values, when they are fixed. */
  values: string[];
}

/** Help for the value at `path`, or undefined where the schema says nothing about it. */
export function helpAt(root: JsonSchema, path: JsonPath): SchemaHelp | undefined {
  const schemas = schemasAt(root, path);
  const first = schemas[0];
  if (first === undefined) return undefined;
  const last = path[path.length - 1];
  return {
    title: last === undefined ? 'scenario' : typeof last === 'number' ? 'list entry' : last,
    description: schemas.map((s) => descriptionOf(root, s)).find((d) => d !== undefined),
    kind: [...new Set(schemas.map((s) => kindOf(root, s)).filter((k) => k !== ''))].join(' or '),
    values: fixedValues(root, schemas),
  };
}

/** The help as plain sentences, for a tooltip or a screen reader. */
export function helpText(help: SchemaHelp): string {
  const lines = [help.description, help.kind === '' ? undefined : `Takes: ${help.kind}.`];
  if (help.values.length > 0 && help.values.length <= 20) {
    lines.push(`Values: ${help.values.join(', ')}.`);
  }
  return lines.filter((l) => l !== undefined).join(' ');
}
