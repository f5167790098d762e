import { solveAcyclicUpper, solveLayer, type Layer } from './solve-layer.ts';
import type { SolverLayout } from './solver-layout.ts';

/** The best walk found for given edge weights, or a positive cycle that makes walks unbounded. */
export type WalkResult = BestPath | PositiveCycle;

/** A best path from the start to an ending. */
export interface BestPath {
  /** Discriminant. */
  kind: 'path';
  /** Its edges in order. */
  edges: number[];
  /** Its total weight. */
  value: number;
}

/** A cycle with positive total weight: walks repeating it are unbounded. */
export interface PositiveCycle {
  /** Discriminant. */
  kind: 'cycle';
  /** Its edges in order, each starting where the previous ends. */
  edges: number[];
}

/**
 * Edge weights of one pass: sign × mark − λ × counts of each slot's decision row (see
 * EdgeRatio), computed on the fly rather than stored. Plain weights are marks with sign 1,
 * λ 0 and every row counting.
 */
export interface SlotWeights {
  /** The decision row of each slot. */
  rowOf: Int32Array;
  /** Mark of each row. */
  mark: Float64Array;
  /** 1 when the row's decision counts (the mean's denominator). */
  counts: Uint8Array;
  /** 1 to maximise the marks, -1 to minimise them. */
  sign: number;
  /** The Dinkelbach guess subtracted per counted edge. */
  lambda: number;
}

/** No walk from here. */
const NONE = -Infinity;

/** Per layout: the two layers' arrays, reused by every pass (the solver runs a few dozen times). */
const scratch = new WeakMap<SolverLayout, { upper: Layer; lower: Layer }>();

function layers(layout: SolverLayout): { upper: Layer; lower: Layer } {
  let found = scratch.get(layout);
  if (found === undefined) {
    const n = layout.node.length;
    const layer = (): Layer => ({ value: new Float64Array(n), next: new Int32Array(n) });
    found = { upper: layer(), lower: layer() };
    scratch.set(layout, found);
  }
  return found;
}

/** Per row counts array: facts about it the solver asks again and again (cached). */
interface CountFacts {
  /** Every edge counts. */
  every: boolean;
  /** Positions the start reaches through edges that do not count. */
  uncounted: Uint8Array;
}

const countFacts = new WeakMap<Uint8Array, CountFacts>();

/**
 * Positions a walk can be at before anything counted: the only ones the "nothing counted
 * yet" layer needs (for tone, little more than the start).
 */
function factsOf(layout: SolverLayout, { rowOf, counts }: SlotWeights): CountFacts {
  const cached = countFacts.get(counts);
  if (cached !== undefined) return cached;
  let every = true;
  for (let s = 0; s < rowOf.length && every; s++) every = counts[rowOf[s] as number] === 1;
  const seen = new Uint8Array(layout.node.length);
  const start = layout.position[0] ?? 0;
  const stack = [start];
  seen[start] = 1;
  while (stack.length > 0) {
    const p = stack.pop() ?? 0;
    for (let s = layout.slotStart[p] ?? 0; s < (layout.slotStart[p + 1] ?? 0); s++) {
      const v = layout.to[s] ?? 0;
      if (counts[rowOf[s] ?? -1] === 1 || seen[v] === 1) continue;
      seen[v] = 1;
      stack.push(v);
    }
  }
  const facts = { every, uncounted: seen };
  countFacts.set(counts, facts);
  return facts;
}

/**
 * The walk from the start to an ending with the largest total weight among walks with at
 * least one counted edge, in O(E) on an acyclic graph. Walks are tracked in two layers
 * (nothing counted yet / something counted) so that a path with no mark is never chosen.
 */
export function bestWalk(layout: SolverLayout, w: SlotWeights): WalkResult | null {
  const { pg } = layout;
  if (pg.size === 0) return null;
  const { upper, lower: scratchLower } = layers(layout);
  const pass = { rowOf: w.rowOf, weight: rowWeights(w), counts: w.counts };
  if (layout.acyclic) solveAcyclicUpper(layout, pass, upper);
  else {
    const upperCycle = solveLayer(layout, pass, upper, null, null);
    if (upperCycle !== null) return { kind: 'cycle', edges: upperCycle };
  }
  // When every edge counts, a walk counts as soon as it moves: the start's upper value is the answer.
  const facts = factsOf(layout, w);
  const lower = facts.every ? upper : scratchLower;
  if (!facts.every) {
    const lowerCycle = solveLayer(layout, pass, lower, upper.value, facts.uncounted);
    if (lowerCycle !== null) return { kind: 'cycle', edges: lowerCycle };
  }
  const start = layout.position[0] ?? 0;
  if (facts.every && pg.final[0] === 1) return null;
  const total = lower.value[start] ?? NONE;
  if (total === NONE) return null;
  return { kind: 'path', edges: follow(layout, w, lower, upper), value: total };
}

/**
 * Each row's weight for a pass: the same double every slot of the row would compute, worked
 * out once. (Loops live in small functions like this one: a loop in a function called once
 * per pass would be optimised mid-run, on incomplete type feedback, and fall back.)
 */
function rowWeights({ mark, counts, sign, lambda }: SlotWeights): Float64Array {
  const weight = new Float64Array(mark.length);
  for (let r = 0; r < weight.length; r++) {
    weight[r] = sign * (mark[r] as number) - lambda * (counts[r] as number);
  }
  return weight;
}

/** The best walk's edges: `next` from the start in the lower layer, in the upper one once something counted. */
function follow(layout: SolverLayout, w: SlotWeights, lower: Layer, upper: Layer): number[] {
  const edges: number[] = [];
  let p = layout.position[0] ?? 0;
  let layer = lower;
  for (let guard = 0; guard <= 2 * layout.node.length; guard++) {
    if (layer === upper && layout.final[p] === 1) break;
    const s = layer.next[p] ?? -1;
    if (s < 0) break;
    edges.push(layout.edge[s] ?? 0);
    if (w.counts[w.rowOf[s] ?? -1] === 1) layer = upper;
    p = layout.to[s] ?? 0;
  }
  return edges;
}
