import { z } from 'zod';

/**
 * Building blocks of the scenario schema. Messages written here follow one
 * convention that `schema-problems.ts` relies on: a message starting with
 * "must" describes the value and gets the key's name and the value it saw
 * added ("'tone' must be a number from -2 to 2, not 5"); any other message
 * is a full sentence and is shown as written.
 */

/** Params of the catch-all issue raised for a key a strict object does not know. */
export interface UnknownKeyParams {
  /** The keys the object does know, for "did you mean". */
  knownKeys: string[];
}

/** Slug of a scenario id: lower-case words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** State keys, option ids, custom state ids and flags: no dots (paths) and no `*` (wildcards). */
export const NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** A machine id may also be a slug starting with a digit, but holds no dot. */
export const MACHINE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** A target's shape: `name`, `.child`, `#id.path`; names are checked by the graph builder. */
export const TARGET = /^[#.]?[^.#\\\s]+(\.[^.#\\\s]+)*$/;

/** A delay key of `after`: a positive whole number of milliseconds. */
export const DELAY = /^[1-9][0-9]*$/;

/** An error function that leaves missing and empty values to the generic messages. */
export function must(message: string): (issue: { input?: unknown }) => string | undefined {
  return (issue) => (issue.input === undefined || issue.input === null ? undefined : message);
}

/**
 * An object that refuses unknown keys with one issue per key, carrying the
 * known keys so the message can suggest the closest one. zod's own strict
 * mode reports all unknown keys of an object in one issue without the shape.
 */
export function strictObject<S extends z.ZodRawShape>(shape: S): z.ZodObject<S, z.core.$strict> {
  const params: UnknownKeyParams = { knownKeys: Object.keys(shape) };
  const unknownKey = z.custom<never>(() => false, { params: { ...params } });
  return z.object(shape).catchall(unknownKey);
}

/** Non-blank text. */
export function text(description: string): z.ZodString {
  return z
    .string()
    .refine((s) => s.trim().length > 0, { error: 'must not be empty' })
    .describe(description);
}

/** A number within a closed range, optionally whole. */
export function numberIn(
  min: number,
  max: number,
  description: string,
  whole = false,
): z.ZodNumber {
  const message = `must be a ${whole ? 'whole number' : 'number'} from ${min} to ${max}`;
  const base = z.number({ error: must(message) });
  return (whole ? base.int({ error: must(message) }) : base)
    .min(min, { error: message })
    .max(max, { error: message })
    .describe(description);
}

/** A number greater than zero. */
export function positive(description: string): z.ZodNumber {
  const message = 'must be a number greater than 0';
  return z
    .number({ error: must(message) })
    .positive({ error: message })
    .describe(description);
}

/** Text matching a pattern, with the message to show when it does not. */
export function pattern(regex: RegExp, message: string, description: string): z.ZodString {
  return z.string().regex(regex, { error: message }).describe(description);
}

/** Keys that belong to XState features outside format 1, with what to say about each. */
export const UNSUPPORTED_KEYS: Readonly<Record<string, string>> = {
  invoke: "'invoke' is not supported in format 1: scenario files cannot start services or run code",
  spawn: "'spawn' is not supported in format 1: scenario files cannot start actors",
  onDone: "'onDone' is not supported in format 1: endings are top-level final states",
  onError: "'onError' is not supported in format 1: scenario files cannot start services",
  history: 'history states are not supported in format 1',
  parallel:
    'parallel states are not supported in format 1: a conversation is in one state at a time',
  cond: "'cond' is the XState 4 name: write 'guard' instead",
};
