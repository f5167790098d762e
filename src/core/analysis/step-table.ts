import type { ScenarioGraph, TransitionInfo } from '../scenario/graph-types.ts';
import type { ActionSpec } from '../scenario/scenario-types.ts';
import { eventlessCandidates, stepPlan } from '../scenario/semantics.ts';
import { applyAction, evaluateGuard } from '../scenario/engine-vocabulary.ts';
import type { ContextTable } from './node-index.ts';

/** What taking a transition from a leaf does, whatever the context: from the semantics' step plan. */
export interface Step {
  /** Index (in `graph.order`) of the leaf the microstep lands on. */
  leaf: number;
  /** The plan's actions, numbered so that equal action lists share a number. */
  effect: number;
  /** The machine rests at that leaf: no eventless transition can move it on. */
  rests: boolean;
}

/** A key that is equal exactly for equal action lists (cheaper than JSON for one or two actions). */
function signature(actions: readonly ActionSpec[]): string {
  let key = '';
  for (const action of actions) {
    key +=
      action.type === 'addMood'
        ? `m${action.params.value}\u0000`
        : `${action.type === 'setFlag' ? 's' : 'c'}${action.params.flag}\u0000`;
  }
  return key;
}

/** Steps of one list of open options or timeouts, by the list's number. */
type StepsByList = (readonly Step[] | undefined)[];

/**
 * Step plans compiled to numbers for the exploration, and what their actions do to each
 * context id. There are far fewer distinct action lists (mood +5, set a flag, ...) than
 * steps and only a few hundred contexts, so after a warm-up every decision of the product
 * graph is a couple of array reads instead of a call that allocates a context.
 */
export class StepTable {
  private readonly optionSteps: StepsByList = [];
  private readonly timeoutSteps: StepsByList = [];
  // Per leaf index, filled up front (arrays written at scattered indexes turn into slow
  // dictionaries): its eventless candidates, and their steps once taken.
  private readonly always: (readonly TransitionInfo[] | undefined)[];
  private readonly eventlessSteps: (Map<TransitionInfo, Step> | undefined)[];
  private readonly effectIds = new Map<string, number>();
  private readonly moodEffects = new Map<number, number>();
  // Effect 0 is the empty action list: it leaves every context as it is.
  private readonly effects: (readonly ActionSpec[])[] = [[]];
  // Per effect, by context id: the resulting context id, -1 until known.
  private readonly results: Int32Array[] = [new Int32Array(0)];

  constructor(
    private readonly graph: ScenarioGraph,
    private readonly leafIndex: ReadonlyMap<string, number>,
    private readonly contexts: ContextTable,
  ) {
    const leaves = graph.order.length;
    this.always = new Array<readonly TransitionInfo[] | undefined>(leaves).fill(undefined);
    this.eventlessSteps = new Array<Map<TransitionInfo, Step> | undefined>(leaves).fill(undefined);
  }

  /**
   * The steps of the list of open options (kind 0) or timeouts (kind 1) numbered `list`,
   * in order, taken from `leaf`: computed once per list (a list belongs to one leaf).
   */
  stepsFor(
    kind: 0 | 1,
    list: number,
    leaf: number,
    open: readonly { transition: TransitionInfo }[],
  ): readonly Step[] {
    const byList = kind === 0 ? this.optionSteps : this.timeoutSteps;
    let steps = byList[list];
    if (steps === undefined) {
      steps = open.map((o) => this.compile(leaf, o.transition));
      while (byList.length < list) byList.push(undefined);
      byList[list] = steps;
    }
    return steps;
  }

  /** The id of the context a step's actions leave, from the id of the one it starts with. */
  after(step: Step, context: number): number {
    if (step.effect === 0) return context;
    let row = this.results[step.effect] ?? new Int32Array(0);
    const known = row[context] ?? -1;
    if (known >= 0) return known;
    const start = this.contexts.list[context];
    const actions = this.effects[step.effect];
    if (start === undefined || actions === undefined) throw new Error('unknown context or step');
    const next = this.contexts.id(actions.reduce(applyAction, start));
    if (context >= row.length) {
      const grown = new Int32Array(Math.max(16, 2 * row.length, context + 1)).fill(-1);
      grown.set(row);
      this.results[step.effect] = row = grown;
    }
    row[context] = next;
    return next;
  }

  /**
   * The eventless transition that fires at a leaf in a context, as the semantics' settle
   * picks it (the first candidate whose guard passes), or undefined where the machine rests.
   */
  eventless(leaf: number, context: number): TransitionInfo | undefined {
    const candidates = this.candidates(leaf);
    if (candidates.length === 0) return undefined;
    const at = this.contexts.list[context];
    if (at === undefined) throw new Error('unknown context');
    for (const transition of candidates) {
      if (transition.guard === undefined || evaluateGuard(transition.guard, at)) return transition;
    }
    return undefined;
  }

  /** The step an eventless transition takes from a leaf. */
  eventlessStep(leaf: number, transition: TransitionInfo): Step {
    let byTransition = this.eventlessSteps[leaf];
    if (byTransition === undefined) {
      byTransition = new Map();
      this.eventlessSteps[leaf] = byTransition;
    }
    let step = byTransition.get(transition);
    if (step === undefined) {
      step = this.compile(leaf, transition);
      byTransition.set(transition, step);
    }
    return step;
  }

  private compile(leaf: number, transition: TransitionInfo): Step {
    const plan = stepPlan(this.graph, this.graph.order[leaf] ?? '', transition);
    const target = this.leafIndex.get(plan.leaf);
    if (target === undefined) throw new Error(`no state '${plan.leaf}' in the graph`);
    return {
      leaf: target,
      effect: this.effect(plan.actions),
      rests: this.candidates(target).length === 0,
    };
  }

  private effect(actions: readonly ActionSpec[]): number {
    // No action (most targetless and plain steps): effect 0, which leaves the context as it is.
    if (actions.length === 0) return 0;
    const only = actions.length === 1 ? actions[0] : undefined;
    // A lone mood change (most replies): found by its value, no key to build.
    if (only?.type === 'addMood') {
      let effect = this.moodEffects.get(only.params.value);
      if (effect === undefined) {
        effect = this.add(actions);
        this.moodEffects.set(only.params.value, effect);
      }
      return effect;
    }
    const key = signature(actions);
    let effect = this.effectIds.get(key);
    if (effect === undefined) {
      effect = this.add(actions);
      this.effectIds.set(key, effect);
    }
    return effect;
  }

  private add(actions: readonly ActionSpec[]): number {
    this.effects.push(actions);
    this.results.push(new Int32Array(0));
    return this.effects.length - 1;
  }

  private candidates(leaf: number): readonly TransitionInfo[] {
    let found = this.always[leaf];
    if (found === undefined) {
      found = eventlessCandidates(this.graph, this.graph.order[leaf] ?? '');
      this.always[leaf] = found;
    }
    return found;
  }
}
