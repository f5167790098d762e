import type { ScenarioGraph, StateNodeInfo, TransitionInfo } from '../scenario/graph-types.ts';
import type { GuardSpec } from '../scenario/scenario-types.ts';
import {
  openOptions,
  openTimeouts,
  type OpenOption,
  type OpenTimeout,
} from '../scenario/semantics.ts';
import { evaluateGuard, type EngineContext } from '../scenario/engine-vocabulary.ts';

/** Beyond this many guards on one leaf's options, answers are not memoised (the mask is an int). */
const MAX_MASK_GUARDS = 30;

/** Shared by the many leaves without guards. */
const NO_GUARDS: readonly GuardSpec[] = [];

type Slots = (node: StateNodeInfo) => readonly { branches: readonly TransitionInfo[] }[];

/** The distinct guards on a leaf's and its ancestors' branches of one kind. */
function guardsOf(graph: ScenarioGraph, leaf: string, slots: Slots): readonly GuardSpec[] {
  let guards: GuardSpec[] | null = null;
  for (let node = graph.states.get(leaf); node !== undefined;) {
    for (const slot of slots(node)) {
      for (const { guard } of slot.branches) {
        if (guard === undefined) continue;
        guards ??= [];
        if (!guards.includes(guard)) guards.push(guard);
      }
    }
    node = node.parent === null ? undefined : graph.states.get(node.parent);
  }
  return guards ?? NO_GUARDS;
}

/** Answers of one kind, numbered: `lists[id]`; `at` gives a node's list id. */
export interface OpenLists<T> {
  /** Every distinct answer given; id 0 is the empty list (at endings). */
  lists: (readonly T[])[];
  /** The id of the list open at a leaf in a context. */
  at: (leafIndex: number, leaf: string, context: EngineContext) => number;
}

/**
 * openOptions / openTimeouts, computed once per leaf and outcome of the guards on them:
 * which alternative is open depends on the context only through those guards, and most
 * leaves are reached with many moods. Nodes with the same answer share one list, named by
 * a number (a quarter of a million nodes hold a few thousand lists). Leaves are named by
 * their index in `graph.order` (the caller has it; no hashing per node).
 */
export function openCache(graph: ScenarioGraph): {
  options: OpenLists<OpenOption>;
  timeouts: OpenLists<OpenTimeout>;
} {
  const cached = <T>(
    compute: (g: ScenarioGraph, leaf: string, context: EngineContext) => readonly T[],
    slots: Slots,
  ): OpenLists<T> => {
    const lists: (readonly T[])[] = [[]];
    const add = (leaf: string, context: EngineContext): number =>
      lists.push(compute(graph, leaf, context)) - 1;
    // Filled up front: arrays written at scattered indexes turn into slow dictionaries.
    const guards = new Array<readonly GuardSpec[] | undefined>(graph.order.length).fill(undefined);
    const answers = new Array<Map<number, number> | undefined>(graph.order.length).fill(undefined);
    const plain = new Int32Array(graph.order.length).fill(-1);
    const at = (leafIndex: number, leaf: string, context: EngineContext): number => {
      let onLeaf = guards[leafIndex];
      if (onLeaf === undefined) {
        onLeaf = guardsOf(graph, leaf, slots);
        guards[leafIndex] = onLeaf;
      }
      if (onLeaf.length === 0) {
        // No guard: one answer for the leaf (most leaves; no mask, no map).
        let only = plain[leafIndex] as number;
        if (only < 0) {
          only = add(leaf, context);
          plain[leafIndex] = only;
        }
        return only;
      }
      if (onLeaf.length > MAX_MASK_GUARDS) return add(leaf, context);
      let mask = 0;
      for (let i = 0; i < onLeaf.length; i++) {
        if (evaluateGuard(onLeaf[i] as GuardSpec, context)) mask |= 1 << i;
      }
      let byMask = answers[leafIndex];
      if (byMask === undefined) {
        byMask = new Map();
        answers[leafIndex] = byMask;
      }
      let hit = byMask.get(mask);
      if (hit === undefined) {
        hit = add(leaf, context);
        byMask.set(mask, hit);
      }
      return hit;
    };
    return { lists, at };
  };
  return {
    options: cached(openOptions, (node) => node.options),
    timeouts: cached(openTimeouts, (node) => node.timeouts),
  };
}
