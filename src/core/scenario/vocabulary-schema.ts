import { z } from 'zod';
import type { ActionSpec, GuardSpec } from './scenario-types.ts';
import { NAME, numberIn, pattern, strictObject } from './schema-helpers.ts';

/** The guard names the engine implements, in the order the messages list them. */
export const GUARD_NAMES = ['moodAtLeast', 'moodBelow', 'flag', 'all', 'any'] as const;

/** The action names the engine implements. */
export const ACTION_NAMES = ['setFlag', 'clearFlag', 'addMood'] as const;

/**
 * Names authors reach for that edit distance cannot connect to ours
 * (XState's built-in `and` / `or`, "above" for "at least").
 */
export const VOCABULARY_ALIASES: Readonly<Record<string, string>> = {
  moodAbove: 'moodAtLeast',
  moodOver: 'moodAtLeast',
  moodGreaterThan: 'moodAtLeast',
  moodMin: 'moodAtLeast',
  moodUnder: 'moodBelow',
  moodLessThan: 'moodBelow',
  moodMax: 'moodBelow',
  hasFlag: 'flag',
  isFlag: 'flag',
  and: 'all',
  every: 'all',
  or: 'any',
  some: 'any',
  setMood: 'addMood',
  changeMood: 'addMood',
  unsetFlag: 'clearFlag',
  resetFlag: 'clearFlag',
};

const flagName = pattern(
  NAME,
  'must be a flag name: a letter, then letters, digits, - or _',
  'A context flag (a boolean in machine.context).',
);

const moodValue = numberIn(0, 100, 'A mood level, 0 (furious) .. 100 (delighted).');

/** A guard from the vocabulary, written as XState writes parameterised guards. */
export const guardSchema: z.ZodType<GuardSpec> = z
  .lazy(() =>
    z
      .discriminatedUnion(
        'type',
        [
          strictObject({
            type: z.literal('moodAtLeast'),
            params: strictObject({ value: moodValue }),
          }).describe("Passes when the customer's mood is at least `value`."),
          strictObject({
            type: z.literal('moodBelow'),
            params: strictObject({ value: moodValue }),
          }).describe("Passes when the customer's mood is below `value`."),
          strictObject({
            type: z.literal('flag'),
            params: strictObject({ flag: flagName }),
          }).describe('Passes when a context flag is true.'),
          strictObject({
            type: z.literal('all'),
            params: strictObject({ guards: guardList }),
          }).describe('Passes when every listed guard passes.'),
          strictObject({
            type: z.literal('any'),
            params: strictObject({ guards: guardList }),
          }).describe('Passes when at least one listed guard passes.'),
        ],
        { error: bareName('guard', '{ type: moodAtLeast, params: { value: 60 } }') },
      )
      .describe('A guard chosen by name from the engine vocabulary; never code.'),
  )
  .meta({ id: 'Guard' });

const guardList = z
  .array(guardSchema)
  .min(1, { error: 'must list at least one guard' })
  .describe('The guards to combine.');

/** An action from the vocabulary. */
export const actionSchema: z.ZodType<ActionSpec> = z
  .discriminatedUnion(
    'type',
    [
      strictObject({
        type: z.literal('setFlag'),
        params: strictObject({ flag: flagName }),
      }).describe('Sets a context flag to true.'),
      strictObject({
        type: z.literal('clearFlag'),
        params: strictObject({ flag: flagName }),
      }).describe('Sets a context flag to false.'),
      strictObject({
        type: z.literal('addMood'),
        params: strictObject({ value: numberIn(-100, 100, 'Signed change of the mood.') }),
      }).describe("Changes the customer's mood by `value` (kept within 0..100)."),
    ],
    { error: bareName('action', '{ type: setFlag, params: { flag: offeredRefund } }') },
  )
  .meta({
    id: 'Action',
    description: 'An action chosen by name from the engine vocabulary; never code.',
  });

/** One action or a list of them, as XState accepts. */
export const actionsSchema = z.union([actionSchema, z.array(actionSchema)], {
  error: 'must be an action ({ type, params }) or a list of actions',
});

/** XState also takes a bare name; format 1 always needs the object, and says so. */
function bareName(
  kind: string,
  example: string,
): (issue: { input?: unknown }) => string | undefined {
  return (issue) =>
    typeof issue.input === 'string'
      ? `write the ${kind} as an object such as ${example}, not as a bare name`
      : undefined;
}
