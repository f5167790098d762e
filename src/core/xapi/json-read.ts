/** A plain JSON object (not null, not an array). */
export type JsonObject = Record<string, unknown>;

/** Whether a value is a JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a path of object keys, or undefined where the path leaves the objects. */
export function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (!isObject(current) || !Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = current[key];
  }
  return current;
}

/** How a stray value reads in a message: its type, never its (maybe huge) content. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a text';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A stray value in a message: a short text quoted, anything else by its type. */
export function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  if (typeof value !== 'string') return kindOf(value);
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
