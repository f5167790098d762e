import { assign, setup } from 'xstate';
import { toList } from './build-graph.ts';
import type { LoadedScenario } from './loaded-scenario.ts';
import type {
  ActionSpec,
  GuardSpec,
  ReplyMeta,
  StateConfig,
  StateMeta,
  TransitionConfig,
  TransitionsConfig,
} from './scenario-types.ts';
import { applyAction, evaluateGuard, type EngineContext } from './engine-vocabulary.ts';

/**
 * Turns a loaded scenario into an XState v5 machine. The author's config is
 * copied key by key (only the format-1 keys), never evaluated: guards and
 * actions are implemented here by name, and each transition's `meta.mood`
 * becomes an `addMood` action placed before the authored ones, exactly as
 * `semantics.transitionActions` reads it.
 */

/** Any event the scenario machine accepts: reply options are plain event types. */
export interface ScenarioEvent {
  /** The option id, or an XState-internal type such as `xstate.after.*`. */
  type: string;
}

/**
 * Eventless transitions that never settle would spin XState forever (its default
 * limit is Infinity); a bound turns such a file into an actor error instead.
 */
export const MAX_ITERATIONS = 1000;

/** A compiled transition, in the shape XState's config expects. */
interface CompiledTransition {
  target?: string;
  guard?: GuardSpec;
  actions: ActionSpec[];
  reenter?: boolean;
  description?: string;
  meta?: ReplyMeta;
}

/** A compiled state node, in the shape XState's config expects. */
interface CompiledState {
  id?: string;
  initial?: string;
  type?: 'final' | 'atomic' | 'compound';
  states?: Record<string, CompiledState>;
  on?: Record<string, CompiledTransition[]>;
  after?: Record<string, CompiledTransition[]>;
  always?: CompiledTransition[];
  entry?: ActionSpec[];
  exit?: ActionSpec[];
  meta?: StateMeta;
  description?: string;
  tags?: string[];
}

/** `meta.mood` first, then the authored actions (mirrors `semantics.transitionActions`). */
function actionsOf(transition: TransitionConfig): ActionSpec[] {
  const authored = toList(transition.actions).map((a) => ({ ...a }));
  const mood = transition.meta?.mood;
  return mood === undefined || mood === 0
    ? authored
    : [{ type: 'addMood', params: { value: mood } }, ...authored];
}

function compileTransitions(slot: TransitionsConfig | undefined): CompiledTransition[] {
  return toList(slot).map((entry) => {
    const t: TransitionConfig = typeof entry === 'string' ? { target: entry } : entry;
    const out: CompiledTransition = { actions: actionsOf(t) };
    if (t.target !== undefined) out.target = t.target;
    if (t.guard !== undefined) out.guard = t.guard;
    if (t.reenter !== undefined) out.reenter = t.reenter;
    if (t.description !== undefined) out.description = t.description;
    if (t.meta !== undefined) out.meta = t.meta;
    return out;
  });
}

function mapValues<T, U>(record: Record<string, T>, fn: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [key, value] of Object.entries(record)) out[key] = fn(value);
  return out;
}

/** Copies one state node, keeping only format-1 keys so nothing else reaches XState. */
function compileState(config: StateConfig): CompiledState {
  const out: CompiledState = {};
  if (config.id !== undefined) out.id = config.id;
  if (config.initial !== undefined) out.initial = config.initial;
  if (config.type !== undefined) out.type = config.type;
  if (config.states !== undefined) out.states = mapValues(config.states, compileState);
  if (config.on !== undefined) out.on = mapValues(config.on, compileTransitions);
  if (config.after !== undefined) out.after = mapValues(config.after, compileTransitions);
  if (config.always !== undefined) out.always = compileTransitions(config.always);
  if (config.entry !== undefined) out.entry = toList(config.entry).map((a) => ({ ...a }));
  if (config.exit !== undefined) out.exit = toList(config.exit).map((a) => ({ ...a }));
  if (config.meta !== undefined) out.meta = config.meta;
  if (config.description !== undefined) out.description = config.description;
  if (config.tags !== undefined) out.tags = [...config.tags];
  return out;
}

/** The machine's setup: context and event types, and the vocabulary implemented by name. */
const scenarioSetup = setup({
  types: {
    context: {} as EngineContext,
    events: {} as ScenarioEvent,
  },
  guards: {
    moodAtLeast: ({ context }, params: { value: number }) =>
      evaluateGuard({ type: 'moodAtLeast', params }, context),
    moodBelow: ({ context }, params: { value: number }) =>
      evaluateGuard({ type: 'moodBelow', params }, context),
    flag: ({ context }, params: { flag: string }) =>
      evaluateGuard({ type: 'flag', params }, context),
    all: ({ context }, params: { guards: GuardSpec[] }) =>
      evaluateGuard({ type: 'all', params }, context),
    any: ({ context }, params: { guards: GuardSpec[] }) =>
      evaluateGuard({ type: 'any', params }, context),
  },
  actions: {
    setFlag: assign(({ context }, params: { flag: string }) =>
      applyAction(context, { type: 'setFlag', params }),
    ),
    clearFlag: assign(({ context }, params: { flag: string }) =>
      applyAction(context, { type: 'clearFlag', params }),
    ),
    addMood: assign(({ context }, params: { value: number }) =>
      applyAction(context, { type: 'addMood', params }),
    ),
  },
});

/** Compiles a loaded scenario into an XState machine; the input is left untouched. */
export function compileMachine(loaded: LoadedScenario) {
  const { machine } = loaded.scenario;
  const root = compileState(machine);
  return scenarioSetup.createMachine({
    ...root,
    id: machine.id,
    initial: machine.initial,
    context: { mood: loaded.scenario.customer.mood, flags: { ...(machine.context ?? {}) } },
    options: { maxIterations: MAX_ITERATIONS },
  });
}

/** The machine type `compileMachine` returns. */
export type ScenarioMachine = ReturnType<typeof compileMachine>;
