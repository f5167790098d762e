import { z } from 'zod';
import {
  DEFAULT_SCORING,
  type Scenario,
  type ScoringConfig,
  type StateConfig,
  type TransitionsConfig,
} from './scenario-types.ts';
import {
  DELAY,
  MACHINE_ID,
  NAME,
  SLUG,
  TARGET,
  numberIn,
  pattern,
  positive,
  strictObject,
  text,
} from './schema-helpers.ts';
import { replyMetaSchema, stateMetaSchema } from './meta-schema.ts';
import { actionsSchema, guardSchema } from './vocabulary-schema.ts';

/*
 * The runtime definition of format `cx-scenario/1`. Defaults: `skills` is an
 * empty list and `scoring` is DEFAULT_SCORING (each of `weights` and `pass`
 * defaults on its own). Everything else the Scenario type requires must be
 * written: a library entry needs a title, channel, difficulty, play time and
 * customer, and there is no neutral value to invent for them.
 */

const stateKey = pattern(
  NAME,
  "state names must start with a letter and hold only letters, digits, '-' and '_'",
  'A state name.',
);
const optionId = pattern(
  NAME,
  "option ids must start with a letter and hold only letters, digits, '-' and '_'",
  'An option id (the event type).',
);
const delayKey = pattern(
  DELAY,
  "delays under 'after' must be whole milliseconds greater than 0, such as 120000",
  'Milliseconds of silence.',
);
const flagKey = z
  .string()
  .regex(NAME, {
    error: "flag names must start with a letter and hold only letters, digits, '-' and '_'",
  })
  .refine((k) => k !== 'mood', {
    error: "'mood' is owned by the engine: set the start mood in customer.mood",
  });

const target = pattern(
  TARGET,
  "must be a state name, '.child' or '#id.path' without spaces or empty parts",
  'Target state, resolved as XState resolves it: a sibling name, `.child` or `#id.path`.',
);

const transition = strictObject({
  target: target.optional(),
  guard: guardSchema.optional(),
  actions: actionsSchema.optional(),
  reenter: z
    .boolean()
    .describe('Exit and re-enter the source even when targeting itself.')
    .optional(),
  description: z.string().describe('Free text for authors.').optional(),
  meta: replyMetaSchema.optional(),
})
  .describe('One transition (XState v5 shape).')
  .meta({ id: 'Transition' });

const transitions: z.ZodType<TransitionsConfig> = z.union(
  [target, transition, z.array(transition).min(1, { error: 'must list at least one transition' })],
  {
    error: 'must be a target state name, a transition ({ target, meta }) or a list of transitions',
  },
);

/** Fields every state node has, the machine root included. */
const nodeFields = {
  on: z.record(optionId, transitions).describe('Reply options: event type = option id.').optional(),
  after: z
    .record(delayKey, transitions)
    .describe('Delayed transitions keyed by milliseconds: what silence does.')
    .optional(),
  always: transitions.describe('Eventless transitions, such as branching on mood.').optional(),
  entry: actionsSchema.describe('Actions run on entering the state.').optional(),
  exit: actionsSchema.describe('Actions run on leaving the state.').optional(),
  description: z.string().describe('Free text for authors.').optional(),
  tags: z.array(z.string()).describe('XState tags.').optional(),
};

const stateType = z.enum(['final', 'atomic', 'compound'], {
  error: (issue) =>
    issue.input === 'parallel'
      ? 'parallel states are not supported in format 1: a conversation is in one state at a time'
      : issue.input === 'history'
        ? 'history states are not supported in format 1'
        : undefined,
});

/** One state node; recursive through `states`. */
const stateSchema: z.ZodType<StateConfig> = z
  .lazy(() =>
    strictObject({
      id: pattern(
        NAME,
        "custom ids must start with a letter and hold only letters, digits, '-' and '_'",
        'Custom XState id, usable as `#id` in targets.',
      ).optional(),
      initial: text('Initial child of a compound state.').optional(),
      type: stateType
        .describe('`final` for endings; `atomic` / `compound` are accepted for clarity.')
        .optional(),
      states: z.record(stateKey, stateSchema).describe('Child states.').optional(),
      meta: stateMetaSchema.optional(),
      ...nodeFields,
    })
      .superRefine((state, ctx) => {
        const hasChildren = Object.keys(state.states ?? {}).length > 0;
        if (state.type === 'atomic' && hasChildren) {
          ctx.addIssue({
            code: 'custom',
            path: ['type'],
            message:
              "a state with child states cannot be 'atomic': remove 'type' or make it 'compound'",
          });
        }
        if (state.type === 'compound' && !hasChildren) {
          ctx.addIssue({
            code: 'custom',
            path: ['type'],
            message: "a 'compound' state needs child states under 'states'",
          });
        }
      })
      .describe('One state node: a customer turn, a group of turns or an ending.'),
  )
  .meta({ id: 'State' });

const machine = strictObject({
  id: pattern(
    MACHINE_ID,
    "must be the scenario id: letters, digits, '-' and '_' only",
    'The machine id (use the scenario id).',
  ),
  initial: text('The first state.'),
  context: z
    .record(flagKey, z.boolean())
    .describe('Author flags (booleans); `mood` is owned by the engine.')
    .optional(),
  states: z
    .record(stateKey, stateSchema)
    .refine((s) => Object.keys(s).length > 0, { error: 'must hold at least one state' })
    .describe('The states of the conversation.'),
  ...nodeFields,
}).describe('A plain XState v5 machine config.');

const scoringWeights = (): ScoringConfig['weights'] => ({ ...DEFAULT_SCORING.weights });
const weight = numberIn(0, 100, 'Relative weight.');

const scoring = strictObject({
  weights: strictObject({
    tone: weight.describe('Weight of tone.'),
    promptness: weight.describe('Weight of promptness.'),
    extraMile: weight.describe('Weight of going the extra mile.'),
  })
    .refine((w) => w.tone + w.promptness + w.extraMile > 0, { error: 'must not all be 0' })
    .describe('Weights, normalised by their sum.')
    .default(scoringWeights),
  pass: numberIn(0, 100, 'Pass mark, 0..100, for the overall score and each dimension.').default(
    DEFAULT_SCORING.pass,
  ),
}).describe('How an attempt is scored; defaults apply to what is left out.');

/** The whole scenario file, with defaults filled on output. */
export const scenarioSchema = strictObject({
  format: z
    .literal('cx-scenario/1')
    .describe('File format; always `cx-scenario/1` for this version.'),
  id: pattern(
    SLUG,
    'must be a slug: lower-case letters and digits joined by single hyphens',
    'Unique slug; also the file name.',
  ),
  title: text('Title in the library.'),
  summary: text('One-paragraph summary in the library.').optional(),
  channel: z
    .enum(['email', 'chat', 'phone', 'in-person'])
    .describe('How the player shows the conversation.'),
  difficulty: numberIn(1, 3, '1 (easy) .. 3 (hard).', true),
  minutes: positive('Expected play time in minutes.'),
  skills: z
    .array(text('A dimension (tone, promptness, extraMile) or a free tag.'))
    .describe('Dimensions and free tags it trains.')
    .default(() => []),
  basedOn: text('The principle or story it comes from.').optional(),
  customer: strictObject({
    name: text('Display name.'),
    avatar: text('Avatar image path or emoji.').optional(),
    profile: text('One line about who they are.').optional(),
    mood: numberIn(0, 100, 'Start mood, 0 (furious) .. 100 (delighted).'),
  }).describe('The simulated customer.'),
  scoring: scoring.default(() => ({ weights: scoringWeights(), pass: DEFAULT_SCORING.pass })),
  machine,
})
  .describe('A customer-service training scenario (format cx-scenario/1).')
  .meta({ title: 'Extra Mile scenario' });

/** The machine block alone, to check targets even when the rest of the file has errors. */
export const machineSchema = machine;

/** What the schema produces; proven below to be a Scenario. */
export type ScenarioSchemaOutput = z.output<typeof scenarioSchema>;

type Assert<T extends true> = T;
/** Compile-time proof that the schema's output is the Scenario type the engine uses. */
export type SchemaMatchesScenario = Assert<ScenarioSchemaOutput extends Scenario ? true : false>;
