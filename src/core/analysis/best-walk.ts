import type { GraphStructure } from './graph-structure.ts';
import type { ProductGraph } from './product-graph.ts';

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

const NONE = -Infinity;

/** Improvements smaller than this are float noise: it stops zero-weight cycles relaxing forever. */
const TOLERANCE = 1e-12;

interface Layer {
  value: Float64Array;
  next: Int32Array;
}

/**
 * Relaxes node u's edges; returns whether its value improved. Typed arrays and no closures:
 * this loop runs over every edge a few dozen times per analysis.
 */
function relax(
  pg: ProductGraph,
  u: number,
  weight: Float64Array,
  own: Layer,
  jumps: Uint8Array | null,
  counted: Layer | null,
): boolean {
  const { edgeStart, edgeTo } = pg;
  const end = edgeStart[u + 1] as number;
  let best = own.value[u] as number;
  let arg = -1;
  for (let e = edgeStart[u] as number; e < end; e++) {
    const v = edgeTo[e] as number;
    const ahead = (
      counted !== null && jumps !== null && jumps[e] === 1 ? counted.value[v] : own.value[v]
    ) as number;
    if (ahead === NONE) continue;
    const candidate = (weight[e] as number) + ahead;
    if (candidate > best + TOLERANCE * Math.max(1, Math.abs(candidate))) {
      best = candidate;
      arg = e;
    }
  }
  if (arg < 0) return false;
  own.value[u] = best;
  own.next[u] = arg;
  return true;
}

/** Follows `next` from a node that still relaxed in the last round into the cycle it must lie behind. */
function extractCycle(
  pg: ProductGraph,
  next: Int32Array,
  from: number,
  size: number,
): number[] | null {
  let x = from;
  for (let i = 0; i < size; i++) {
    const e = next[x] ?? -1;
    if (e < 0) return null;
    x = pg.edgeTo[e] ?? 0;
  }
  const edges: number[] = [];
  let y = x;
  do {
    const e = next[y] ?? -1;
    if (e < 0 || edges.length > size) return null;
    edges.push(e);
    y = pg.edgeTo[e] ?? 0;
  } while (y !== x);
  return edges;
}

/**
 * One layer of the solver: the best value from each node to an ending, where an edge
 * reaches this layer, or the already solved "counted" layer when it `jumps`. Components
 * are solved sinks first: a single node by one look at its edges, a cycle by Bellman-Ford
 * rounds inside it (still improving after |C| + 1 rounds proves a positive cycle).
 */
function solveLayer(
  pg: ProductGraph,
  structure: GraphStructure,
  weight: Float64Array,
  jumps: Uint8Array | null,
  counted: Layer | null,
  only: Uint8Array | null,
): Layer | { cycle: number[] } {
  const n = pg.nodes.length;
  const own: Layer = { value: new Float64Array(n).fill(NONE), next: new Int32Array(n).fill(-1) };
  // Only the "counted" layer may end: a walk must count at least once to have a score.
  const atEnding = counted === null ? 0 : NONE;
  const { componentNodes, componentStart, cyclicComponent } = structure;
  const { edgeStart, edgeTo } = pg;
  const { value, next } = own;
  const jumpTo = counted === null ? null : counted.value;
  const components = componentStart.length - 1;
  for (let c = 0; c < components; c++) {
    const first = componentStart[c] as number;
    if (cyclicComponent[c] !== 1) {
      const u = componentNodes[first] as number;
      if (only !== null && only[u] !== 1) continue;
      if (pg.final[u] === 1) {
        own.value[u] = atEnding;
        continue;
      }
      // Acyclic node: its successors are final, so a plain maximum does (no tolerance needed).
      let best = NONE;
      let arg = -1;
      const end = edgeStart[u + 1] as number;
      for (let e = edgeStart[u] as number; e < end; e++) {
        const v = edgeTo[e] as number;
        const ahead = (
          jumpTo !== null && jumps !== null && jumps[e] === 1 ? jumpTo[v] : value[v]
        ) as number;
        const candidate = (weight[e] as number) + ahead;
        if (candidate > best) {
          best = candidate;
          arg = e;
        }
      }
      value[u] = best;
      next[u] = arg;
      continue;
    }
    const last = componentStart[c + 1] as number;
    let changed = -1;
    for (let round = 0; round <= last - first; round++) {
      changed = -1;
      for (let i = first; i < last; i++) {
        const u = componentNodes[i] as number;
        if (relax(pg, u, weight, own, jumps, counted)) changed = u;
      }
      if (changed === -1) break;
    }
    if (changed !== -1) {
      const cycle = extractCycle(pg, own.next, changed, last - first);
      if (cycle !== null) return { cycle };
    }
  }
  return own;
}

/** Per counts array: nodes the start reaches through edges that do not count. */
const uncountedReach = new WeakMap<Uint8Array, Uint8Array>();

/**
 * Nodes a walk can be at before anything counted: the only ones the "nothing counted yet"
 * layer needs (for tone, little more than the start). Cached: Dinkelbach asks again and again.
 */
function beforeCounting(pg: ProductGraph, counts: Uint8Array): Uint8Array {
  const cached = uncountedReach.get(counts);
  if (cached !== undefined) return cached;
  const seen = new Uint8Array(pg.nodes.length);
  const stack = [0];
  seen[0] = 1;
  while (stack.length > 0) {
    const u = stack.pop() ?? 0;
    for (let e = pg.edgeStart[u] ?? 0; e < (pg.edgeStart[u + 1] ?? 0); e++) {
      const v = pg.edgeTo[e] ?? 0;
      if (counts[e] === 1 || seen[v] === 1) continue;
      seen[v] = 1;
      stack.push(v);
    }
  }
  uncountedReach.set(counts, seen);
  return seen;
}

/**
 * The walk from the start to an ending with the largest total weight among walks with at
 * least one counted edge, in O(E) on an acyclic graph. Walks are tracked in two layers
 * (nothing counted yet / something counted) so that a path with no mark is never chosen.
 */
export function bestWalk(
  pg: ProductGraph,
  structure: GraphStructure,
  weight: Float64Array,
  counts: Uint8Array,
): WalkResult | null {
  if (pg.nodes.length === 0) return null;
  const upper = solveLayer(pg, structure, weight, null, null, null);
  if ('cycle' in upper) return { kind: 'cycle', edges: upper.cycle };
  // When every edge counts, a walk counts as soon as it moves: the start's upper value is the answer.
  const everyCounts = counts.indexOf(0) === -1;
  const lower = everyCounts
    ? upper
    : solveLayer(pg, structure, weight, counts, upper, beforeCounting(pg, counts));
  if ('cycle' in lower) return { kind: 'cycle', edges: lower.cycle };
  if (everyCounts && pg.final[0] === 1) return null;
  const total = lower.value[0] ?? NONE;
  if (total === NONE) return null;
  const edges: number[] = [];
  let u = 0;
  let layer: Layer = lower;
  for (let guard = 0; guard <= 2 * pg.nodes.length; guard++) {
    if (layer === upper && pg.final[u] === 1) break;
    const e = layer.next[u] ?? -1;
    if (e < 0) break;
    edges.push(e);
    if (counts[e] === 1) layer = upper;
    u = pg.edgeTo[e] ?? 0;
  }
  return { kind: 'path', edges, value: total };
}
