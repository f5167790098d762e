// Readers of single statement fields: each returns the value or throws Unreadable with a message.
import type { Mode } from '../attempt/attempt-log.ts';
import { shown } from './json-read.ts';

/** Thrown inside the reader only, and caught at its top: the message is for people. */
export class Unreadable extends Error {}

/** Stops reading a statement, with a message for people. */
export const fail = (message: string): never => {
  throw new Unreadable(message);
};

/** A text field. */
export const text = (value: unknown, what: string): string =>
  typeof value === 'string' ? value : fail(`${what} is ${shown(value)}, not a text`);

/** A whole number ≥ 0. */
export const integer = (value: unknown, what: string): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? value
    : fail(`${what} is not a whole number ≥ 0`);

/** A true or false field. */
export const bool = (value: unknown, what: string): boolean =>
  typeof value === 'boolean' ? value : fail(`${what} is not true or false`);

/** A number from `min` to `max`. */
export function inRange(value: unknown, min: number, max: number, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    return fail(`${what} is not a number from ${min} to ${max}`);
  return value;
}

/** The started-at extension: an epoch time in milliseconds. */
export const epochMs = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? value
    : fail('the started-at extension is not an epoch time in milliseconds');

/** A number from `min` to `max`, or null. */
export const orNull = (value: unknown, min: number, max: number, what: string): number | null =>
  value === null ? null : inRange(value, min, max, what);

/** The mode extension: practice or assessment. */
export function mode(value: unknown): Mode {
  if (value === 'practice' || value === 'assessment') return value;
  return fail(`the mode extension is ${shown(value)}, not practice or assessment`);
}
