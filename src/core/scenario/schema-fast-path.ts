import { z } from 'zod';

/**
 * A fast path through a zod schema for data that passes it. zod's containers
 * spend most of a large file's validation on bookkeeping for issues, async
 * results and reference cycles; valid scenario data needs none of it. This
 * walks the same schema objects with zod's own rules for what a container
 * outputs (key order, optional and defaulted keys, the first matching union
 * option) and runs zod's own checks (patterns, ranges, refinements) on every
 * value. Anything it is not sure of, it gives up on: the caller then runs zod
 * in full, which also writes the diagnostics. So it only ever accepts what
 * zod accepts, with the output zod would give (schema-fast-path.test.ts).
 */

/** Returned when the fast path gives up. */
export const MISS: unique symbol = Symbol('miss');

type Parse = (input: unknown) => unknown;
type Schema = z.core.$ZodType;

/** Anything not modelled here, run by zod itself with a fresh context (it keeps cycle state there). */
function byZod(schema: Schema): Parse {
  return (input) => {
    const result = schema._zod.run({ value: input, issues: [] }, { async: false });
    return result instanceof Promise || result.issues.length > 0 ? MISS : result.value;
  };
}

/** Runs checks as zod does on a payload with no issues yet: false at the first issue. */
function passes(checks: readonly z.core.$ZodCheck<never>[], payload: z.core.ParsePayload<never>) {
  for (const check of checks) {
    const when = check._zod.def.when;
    if (when !== undefined && !when(payload)) continue;
    if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return false;
  }
  return true;
}

/** zod's own type test of a string, number (finite) or boolean schema. */
function typeTest(schema: Schema): ((input: unknown) => boolean) | undefined {
  if (schema instanceof z.core.$ZodString) return (input) => typeof input === 'string';
  if (schema instanceof z.core.$ZodBoolean) return (input) => typeof input === 'boolean';
  if (schema instanceof z.core.$ZodNumber)
    return (input) => typeof input === 'number' && Number.isFinite(input);
  return undefined;
}

// The payload leaf checks share (see leafParser), and whether it is in use.
const leafPayload: { payload: z.core.ParsePayload<never>; busy: boolean } = {
  payload: { value: undefined as never, issues: [] },
  busy: false,
};

/**
 * A string, number or boolean: zod's type test, then zod's own checks.
 * Coercion and formats (which are checks themselves) are left to zod.
 */
function leafParser(schema: Schema): Parse | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & { coerce?: boolean };
  if (def.coerce === true || schema instanceof z.core.$ZodCheck) return undefined;
  const test = typeTest(schema);
  if (test === undefined) return undefined;
  const checks = def.checks ?? [];
  if (checks.length === 0) return (input) => (test(input) ? input : MISS);
  return (input) => {
    if (!test(input)) return MISS;
    // Leaf checks keep nothing, so one payload serves them all: a fresh one for each of a
    // large file's values was enough garbage to add collections. Re-entry gets its own.
    if (leafPayload.busy)
      return passes(checks, { value: input as never, issues: [] }) ? input : MISS;
    const { payload } = leafPayload;
    payload.value = input as never;
    payload.issues.length = 0;
    leafPayload.busy = true;
    try {
      return passes(checks, payload) ? input : MISS;
    } finally {
      leafPayload.busy = false;
    }
  };
}

/** The schema's own checks (refine, superRefine, min) on a container's output, as zod runs them. */
function withChecks(schema: Schema, parse: Parse): Parse {
  const checks = schema._zod.def.checks ?? [];
  if (checks.length === 0) return parse;
  return (input) => {
    const value = parse(input);
    if (value === MISS) return MISS;
    return passes(checks, { value: value as never, issues: [] }) ? value : MISS;
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One shape key with how zod treats it when absent. */
interface Field {
  key: string;
  parse: Parse;
  optin: 'optional' | 'defaulted' | undefined;
  optout: 'optional' | undefined;
}

/** An object as zod's compiled object parser builds it: shape keys in shape order. */
function objectParser(schema: z.core.$ZodObject, build: (s: Schema) => Parse): Parse {
  const { shape, catchall } = schema._zod.def;
  const fields: Field[] = Object.keys(shape)
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const field = shape[key] as Schema;
      return { key, parse: build(field), optin: field._zod.optin, optout: field._zod.optout };
    });
  const known = new Set(Object.keys(shape));
  return (input) => {
    if (!isObject(input)) return MISS;
    const out: Record<string, unknown> = {};
    for (const { key, parse, optin, optout } of fields) {
      const present = key in input;
      // The three cases of zod's compiled object parser: optional in and out, required, defaulted.
      if (optin !== undefined && optout === 'optional') {
        if (present) {
          const value = parse(input[key]);
          if (value === MISS) return MISS;
          out[key] = value;
        } else if (optin !== 'optional') {
          // Absent, so a failure is dropped, and only a value put in its place is kept.
          const value = parse(undefined);
          if (value !== MISS && value !== undefined) out[key] = value;
        }
      } else if (optin === undefined) {
        if (!present) return MISS;
        const value = parse(input[key]);
        if (value === MISS) return MISS;
        out[key] = value;
      } else {
        const value = parse(input[key]);
        if (value === MISS) return MISS;
        if (optin === 'defaulted' || present || value !== undefined) out[key] = value;
      }
    }
    // Strict objects refuse other keys (zod skips '__proto__'); plain ones drop them.
    if (catchall !== undefined) {
      for (const key in input) if (!known.has(key) && key !== '__proto__') return MISS;
    }
    return out;
  };
}

/** A record with keys checked by a non-enumerable key schema (a pattern), as zod builds it. */
function recordParser(schema: z.core.$ZodRecord, build: (s: Schema) => Parse): Parse {
  const { keyType, valueType } = schema._zod.def;
  if (keyType._zod.values !== undefined) return byZod(schema);
  const parseKey = build(keyType);
  const parseValue = build(valueType);
  return (input) => {
    if (!z.util.isPlainObject(input)) return MISS;
    const out: Record<PropertyKey, unknown> = {};
    for (const key of Reflect.ownKeys(input)) {
      if (key === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      const outKey = parseKey(key);
      if (typeof outKey !== 'string' && typeof outKey !== 'number') return MISS;
      if (outKey === '__proto__') continue;
      const value = parseValue(input[key]);
      if (value === MISS) return MISS;
      out[outKey] = value;
    }
    return out;
  };
}

function arrayParser(schema: z.core.$ZodArray, build: (s: Schema) => Parse): Parse {
  const parseItem = build(schema._zod.def.element);
  return (input) => {
    if (!Array.isArray(input)) return MISS;
    const out = new Array<unknown>(input.length);
    for (let i = 0; i < input.length; i++) {
      const item = parseItem(input[i]);
      if (item === MISS) return MISS;
      out[i] = item;
    }
    return out;
  };
}

/** The first option that takes the value, as zod's union does; by tag for a discriminated one. */
function unionParser(schema: z.core.$ZodUnion, build: (s: Schema) => Parse): Parse {
  // An exclusive union needs exactly one match, which the first match does not show.
  if (schema instanceof z.core.$ZodXor) return byZod(schema);
  if (schema instanceof z.core.$ZodDiscriminatedUnion) {
    const { discriminator } = schema._zod.def;
    const byTag = new Map<unknown, Parse>();
    return (input) => {
      if (!isObject(input)) return MISS;
      const tag = input[discriminator];
      let parse = byTag.get(tag);
      if (parse === undefined) {
        let option: Schema | undefined;
        try {
          option = z.getDiscriminatedOption(schema, tag as never);
        } catch {
          return MISS;
        }
        if (option === undefined) return MISS;
        parse = build(option);
        byTag.set(tag, parse);
      }
      return parse(input);
    };
  }
  const options = schema._zod.def.options.map((option) => build(option));
  return (input) => {
    for (const parse of options) {
      const value = parse(input);
      if (value !== MISS) return value;
    }
    return MISS;
  };
}

/** The parser of a container, without its own checks; undefined for what zod runs itself. */
function container(schema: Schema, build: (s: Schema) => Parse): Parse | undefined {
  if (schema instanceof z.core.$ZodObject) return objectParser(schema, build);
  if (schema instanceof z.core.$ZodRecord) return recordParser(schema, build);
  if (schema instanceof z.core.$ZodArray) return arrayParser(schema, build);
  if (schema instanceof z.core.$ZodUnion) return unionParser(schema, build);
  if (schema instanceof z.core.$ZodLazy) {
    // Resolved on first use: the schema is recursive through here.
    let inner: Parse | undefined;
    return (input) => (inner ??= build(schema._zod.innerType))(input);
  }
  if (schema instanceof z.core.$ZodOptional) {
    const inner = schema._zod.def.innerType;
    if (inner._zod.optin === 'defaulted') return undefined;
    const parse = build(inner);
    return (input) => (input === undefined ? undefined : parse(input));
  }
  if (schema instanceof z.core.$ZodDefault) {
    const def = schema._zod.def;
    const parse = build(def.innerType);
    return (input) => {
      // A getter for a function default: each read is a fresh value, as zod gives it.
      if (input === undefined) return def.defaultValue;
      const value = parse(input);
      return value === undefined ? def.defaultValue : value;
    };
  }
  return undefined;
}

/** The fast path for a schema: the output zod would give, or MISS. */
export function fastPath(root: Schema): Parse {
  const built = new Map<Schema, Parse>();
  const build = (schema: Schema): Parse => {
    let parse = built.get(schema);
    if (parse === undefined) {
      const own = container(schema, build);
      parse = own === undefined ? (leafParser(schema) ?? byZod(schema)) : withChecks(schema, own);
      built.set(schema, parse);
    }
    return parse;
  };
  return build(root);
}
