import type { ScenarioGraph, TransitionInfo } from './graph-types.ts';
import type { ActionSpec } from './scenario-types.ts';
import {
  clampMood,
  evaluateGuard,
  transitionActions,
  type EngineContext,
} from './engine-vocabulary.ts';
import { node, lineageOf, isDescendant, domainOf, initialLeaf, cacheOf } from './state-tree.ts';

/**
 * The engine's reading of XState v5 semantics for format-1 machines (no
 * parallel states, no history): which options are open, which transition an
 * event takes, and where the conversation settles. The XState machine built
 * by `compile-machine.ts` is the runtime; this pure twin lets analysis explore
 * thousands of states fast, and tests prove the two agree.
 */

function isEnabled(transition: TransitionInfo, context: EngineContext): boolean {
  return transition.guard === undefined || evaluateGuard(transition.guard, context);
}

/** An option the trainee can choose now, with the transition XState would take. */
export interface OpenOption {
  /** The option id (event type). */
  event: string;
  /** The alternative that would be taken. */
  transition: TransitionInfo;
}

/**
 * Options open at a leaf state: for each event, XState looks at the leaf and
 * then each ancestor, taking the first alternative whose guard passes; a node
 * whose alternatives all fail passes the event on to its parent.
 */
export function openOptions(
  graph: ScenarioGraph,
  leaf: string,
  context: EngineContext,
): OpenOption[] {
  const seen = new Set<string>();
  const out: OpenOption[] = [];
  for (const state of lineageOf(graph, leaf)) {
    for (const option of state.options) {
      if (seen.has(option.event)) continue;
      const transition = option.branches.find((b) => isEnabled(b, context));
      if (transition === undefined) continue;
      seen.add(option.event);
      out.push({ event: option.event, transition });
    }
  }
  return out;
}

/** A timeout that may fire at a leaf: one per declaring node, the shortest enabled delay. */
export interface OpenTimeout {
  /** Milliseconds after the declaring node was entered. */
  delay: number;
  /** The node whose `after` declares it. */
  declaredOn: string;
  /** The alternative that would be taken. */
  transition: TransitionInfo;
}

/** Whether taking the transition exits the node that declares it (cancelling its other timers). */
function leavesSource(graph: ScenarioGraph, transition: TransitionInfo): boolean {
  const { target, source } = transition;
  if (target === null) return false;
  if (transition.reenter) return true;
  return target !== source && !isDescendant(graph, target, source);
}

/**
 * Timeouts that may fire at a leaf, innermost declaring node first. Per node,
 * the shortest enabled delay fires first; a longer one can still fire later
 * only while the shorter ones keep the node active (targetless or inward).
 */
export function openTimeouts(
  graph: ScenarioGraph,
  leaf: string,
  context: EngineContext,
): OpenTimeout[] {
  const out: OpenTimeout[] = [];
  for (const state of lineageOf(graph, leaf)) {
    for (const group of state.timeouts) {
      const transition = group.branches.find((b) => isEnabled(b, context));
      if (transition === undefined) continue;
      out.push({ delay: group.delay, declaredOn: state.id, transition });
      if (leavesSource(graph, transition)) break;
    }
  }
  return out;
}

/** The XState event type of a node's delayed transition. */
export function afterEventType(delay: number, stateId: string): string {
  return `xstate.after.${delay}.${stateId}`;
}

/** Where the machine is between events: the active leaf and the context. */
export interface Settled {
  /** The active leaf (an atomic or final state). */
  leaf: string;
  /** The context after every action ran. */
  context: EngineContext;
  /** Leaves passed through by eventless transitions, in order. */
  via: string[];
}

/** Why a step could not settle. */
export interface Stuck {
  /** Eventless transitions kept firing without end. */
  loop: true;
  /** The leaves of the loop. */
  via: string[];
}

const MAX_MICROSTEPS = 500;

/** Runs actions in order; copies the flags only when an action changes them. */
function runActions(context: EngineContext, actions: readonly ActionSpec[]): EngineContext {
  if (actions.length === 0) return context;
  let mood = context.mood;
  let flags: Record<string, boolean> | undefined;
  for (const action of actions) {
    if (action.type === 'addMood') {
      mood = clampMood(mood + action.params.value);
    } else {
      flags ??= { ...context.flags };
      flags[action.params.flag] = action.type === 'setFlag';
    }
  }
  return { mood, flags: flags ?? context.flags };
}

/** What a microstep does regardless of the context: the actions in order and the new leaf. */
export interface StepPlan {
  /** Exit, transition and entry actions, in XState's order. */
  readonly actions: readonly ActionSpec[];
  /** The leaf after the step. */
  readonly leaf: string;
}

/**
 * Per graph: plans by transition, then by the leaf it is taken from (analysis takes each
 * many times). Most transitions are only ever taken from one leaf: their plan is kept with
 * that leaf, and only a transition taken from a second leaf gets a map of its own.
 */
const planCache = new WeakMap<
  ScenarioGraph,
  Map<TransitionInfo, { leaf: string; plan: StepPlan } | Map<string, StepPlan>>
>();

/** Per graph: every eventless transition a leaf can take, leaf first, in XState's order. */
const alwaysCache = new WeakMap<ScenarioGraph, Map<string, readonly TransitionInfo[]>>();

/** Exit, transition actions, entry: as XState's microstep orders them. */
function planStep(graph: ScenarioGraph, leaf: string, transition: TransitionInfo): StepPlan {
  const target = transition.target;
  if (target === null) return { actions: transitionActions(transition), leaf };
  const domain = domainOf(graph, transition, target);
  const actions: ActionSpec[] = [];
  for (const state of lineageOf(graph, leaf)) {
    if (isDescendant(graph, state.id, domain)) actions.push(...state.exit);
  }
  actions.push(...transitionActions(transition));
  const sourceIsDomain = transition.source === domain;
  const enterTarget = target !== transition.source || !sourceIsDomain || transition.reenter;
  const ancestors = lineageOf(graph, target)
    .slice(1)
    .filter((s) => isDescendant(graph, s.id, domain))
    .reverse();
  const below = initialLeaf(graph, target);
  const entered = [...ancestors.map((s) => s.id), ...(enterTarget ? below : below.slice(1))];
  for (const id of entered) actions.push(...node(graph, id).entry);
  return { actions, leaf: below[below.length - 1] ?? target };
}

/**
 * The microstep a transition takes from a leaf, whatever the context: cached, since the
 * analysis takes each (leaf, transition) once per context the leaf is reached with.
 */
export function stepPlan(graph: ScenarioGraph, leaf: string, transition: TransitionInfo): StepPlan {
  const byTransition = cacheOf(planCache, graph);
  const known = byTransition.get(transition);
  if (known === undefined) {
    const plan = planStep(graph, leaf, transition);
    byTransition.set(transition, { leaf, plan });
    return plan;
  }
  if (!(known instanceof Map)) {
    if (known.leaf === leaf) return known.plan;
    const plan = planStep(graph, leaf, transition);
    byTransition.set(
      transition,
      new Map([
        [known.leaf, known.plan],
        [leaf, plan],
      ]),
    );
    return plan;
  }
  let plan = known.get(leaf);
  if (plan === undefined) {
    plan = planStep(graph, leaf, transition);
    known.set(leaf, plan);
  }
  return plan;
}

/** One microstep: exit, transition actions, entry; returns the new leaf. */
function microstep(
  graph: ScenarioGraph,
  leaf: string,
  context: EngineContext,
  transition: TransitionInfo,
): { leaf: string; context: EngineContext } {
  const plan = stepPlan(graph, leaf, transition);
  return { leaf: plan.leaf, context: runActions(context, plan.actions) };
}

/**
 * Every eventless transition a leaf may take, leaf first, in XState's order: the first whose
 * guard passes fires. None at a final state, which never moves on.
 */
export function eventlessCandidates(graph: ScenarioGraph, leaf: string): readonly TransitionInfo[] {
  const cache = cacheOf(alwaysCache, graph);
  let candidates = cache.get(leaf);
  if (candidates === undefined) {
    candidates =
      node(graph, leaf).kind === 'final'
        ? []
        : lineageOf(graph, leaf).flatMap((state) => state.always);
    cache.set(leaf, candidates);
  }
  return candidates;
}

/** The first enabled eventless transition from the leaf outwards, as XState selects it. */
function eventless(
  graph: ScenarioGraph,
  leaf: string,
  context: EngineContext,
): TransitionInfo | undefined {
  for (const transition of eventlessCandidates(graph, leaf)) {
    if (isEnabled(transition, context)) return transition;
  }
  return undefined;
}

/** Follows eventless transitions until the machine settles. */
function settle(
  graph: ScenarioGraph,
  start: { leaf: string; context: EngineContext },
): Settled | Stuck {
  let { leaf, context } = start;
  const via: string[] = [];
  for (let i = 0; i < MAX_MICROSTEPS; i++) {
    const transition = eventless(graph, leaf, context);
    if (transition === undefined) return { leaf, context, via };
    via.push(leaf);
    ({ leaf, context } = microstep(graph, leaf, context, transition));
  }
  return { loop: true, via };
}

/** Where the machine settles when it starts. */
export function start(graph: ScenarioGraph, context: EngineContext): Settled | Stuck {
  const entered = initialLeaf(graph, graph.root.id);
  let next = context;
  for (const id of entered) next = runActions(next, node(graph, id).entry);
  return settle(graph, { leaf: entered[entered.length - 1] ?? graph.root.id, context: next });
}

/** Where the machine settles after taking a transition from a leaf. */
export function take(
  graph: ScenarioGraph,
  leaf: string,
  context: EngineContext,
  transition: TransitionInfo,
): Settled | Stuck {
  return settle(graph, microstep(graph, leaf, context, transition));
}

/** Type guard for a step that did not settle. */
export function isStuck(result: Settled | Stuck): result is Stuck {
  return 'loop' in result;
}
