import type { SolverLayout } from './solver-layout.ts';

/**
 * No walk from here. Hot loops write `-Infinity` itself: a module constant is a tagged value
 * to the optimiser, which would then box every best value it is compared with.
 */
const NONE = -Infinity;

/** Improvements smaller than this are float noise: it stops zero-weight cycles relaxing forever. */
const TOLERANCE = 1e-12;

/** One layer's answer: the best value from each position to an ending, and the slot to take. */
export interface Layer {
  /** Best value per position; -Infinity where no walk ends. */
  value: Float64Array;
  /** The slot to take per position; -1 at endings and where no walk ends. */
  next: Int32Array;
}

/** A pass's weights: each slot's decision row and, per row, its weight and whether it counts. */
export interface PassWeights {
  /** The row of each slot. */
  rowOf: Int32Array;
  /** Weight of each row. */
  weight: Float64Array;
  /** 1 when the row's decision counts. */
  counts: Uint8Array;
}

/**
 * Relaxes position p's slots inside a cyclic component; returns whether its value improved.
 * Typed arrays and no closures: the solver's inner loops run over every edge many times.
 */
function relax(
  layout: SolverLayout,
  p: number,
  pass: PassWeights,
  own: Layer,
  counted: Float64Array | null,
): boolean {
  const { slotStart, to } = layout;
  const { rowOf, weight, counts } = pass;
  const end = slotStart[p + 1] as number;
  let best = own.value[p] as number;
  let arg = -1;
  for (let s = slotStart[p] as number; s < end; s++) {
    const v = to[s] as number;
    const r = rowOf[s] as number;
    const ahead = (counted !== null && counts[r] === 1 ? counted[v] : own.value[v]) as number;
    if (ahead === -Infinity) continue;
    const candidate = (weight[r] as number) + ahead;
    if (candidate > best + TOLERANCE * Math.max(1, Math.abs(candidate))) {
      best = candidate;
      arg = s;
    }
  }
  if (arg < 0) return false;
  own.value[p] = best;
  own.next[p] = arg;
  return true;
}

/** Follows `next` from a position that still relaxed in the last round into the cycle it must lie behind. */
function extractCycle(
  layout: SolverLayout,
  next: Int32Array,
  from: number,
  size: number,
): number[] | null {
  let x = from;
  for (let i = 0; i < size; i++) {
    const s = next[x] ?? -1;
    if (s < 0) return null;
    x = layout.to[s] ?? 0;
  }
  const edges: number[] = [];
  let y = x;
  do {
    const s = next[y] ?? -1;
    if (s < 0 || edges.length > size) return null;
    edges.push(layout.edge[s] ?? 0);
    y = layout.to[s] ?? 0;
  } while (y !== x);
  return edges;
}

/**
 * The "something counted" layer of an acyclic layout: every position once, sinks first,
 * each a plain maximum over its slots (its successors are solved; no tolerance needed).
 * The solver's hot loop: slots are read in order, and every position is written, so the
 * arrays need no clearing.
 */
export function solveAcyclicUpper(layout: SolverLayout, pass: PassWeights, own: Layer): void {
  const { slotStart, to, final } = layout;
  const { rowOf, weight } = pass;
  const { value, next } = own;
  const n = final.length;
  let s = 0;
  for (let p = 0; p < n; p++) {
    const end = slotStart[p + 1] as number;
    if (final[p] === 1) {
      value[p] = 0;
      next[p] = -1;
      s = end;
      continue;
    }
    let best = -Infinity;
    let arg = -1;
    for (; s < end; s++) {
      const candidate = (weight[rowOf[s] as number] as number) + (value[to[s] as number] as number);
      if (candidate > best) {
        best = candidate;
        arg = s;
      }
    }
    value[p] = best;
    next[p] = arg;
  }
}

/**
 * One layer of the solver: the best value from each position to an ending, where a slot
 * reaches this layer, or the already solved "counted" layer when its edge counts. Components
 * are solved sinks first: a single node by one look at its slots, a cycle by Bellman-Ford
 * rounds inside it (still improving after |C| + 1 rounds proves a positive cycle).
 */
export function solveLayer(
  layout: SolverLayout,
  pass: PassWeights,
  own: Layer,
  counted: Float64Array | null,
  only: Uint8Array | null,
): number[] | null {
  const { value, next } = own;
  value.fill(NONE);
  next.fill(-1);
  // Only the "counted" layer may end: a walk must count at least once to have a score.
  const atEnding = counted === null ? 0 : -Infinity;
  const { slotStart, to, final, componentStart, cyclicComponent, acyclic } = layout;
  const { rowOf, weight, counts } = pass;
  const components = componentStart.length - 1;
  for (let c = 0; c < components; c++) {
    // Without cycles, component c is position c: no lookups.
    const first = acyclic ? c : (componentStart[c] as number);
    if (acyclic || cyclicComponent[c] !== 1) {
      if (only !== null && only[first] !== 1) continue;
      if (final[first] === 1) {
        value[first] = atEnding;
        continue;
      }
      // Acyclic node: its successors are solved, so a plain maximum does (no tolerance needed).
      let best = -Infinity;
      let arg = -1;
      const end = slotStart[first + 1] as number;
      for (let s = slotStart[first] as number; s < end; s++) {
        const v = to[s] as number;
        const r = rowOf[s] as number;
        const ahead = (counted !== null && counts[r] === 1 ? counted[v] : value[v]) as number;
        const candidate = (weight[r] as number) + ahead;
        if (candidate > best) {
          best = candidate;
          arg = s;
        }
      }
      value[first] = best;
      next[first] = arg;
      continue;
    }
    const last = componentStart[c + 1] as number;
    let changed = -1;
    for (let round = 0; round <= last - first; round++) {
      changed = -1;
      for (let p = first; p < last; p++) {
        if (relax(layout, p, pass, own, counted)) changed = p;
      }
      if (changed === -1) break;
    }
    if (changed !== -1) {
      const cycle = extractCycle(layout, next, changed, last - first);
      if (cycle !== null) return cycle;
    }
  }
  return null;
}
