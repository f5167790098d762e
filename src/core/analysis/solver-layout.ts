import type { GraphStructure } from './graph-structure.ts';
import type { ProductGraph } from './product-graph.ts';

/**
 * The product graph laid out for the best-walk solver and the per-edge marks: nodes in the
 * order the solver visits them (components sinks first) and each node's edges ("slots")
 * right after the previous node's, so a pass reads its arrays front to back instead of
 * jumping around memory. Each node keeps its edges in their original order, so ties
 * resolve as they would on the graph itself.
 */
export interface SolverLayout {
  /** The graph. */
  pg: ProductGraph;
  /** Node at each position: the structure's component order. */
  node: Int32Array;
  /** Position of each node. */
  position: Int32Array;
  /** Slots of position p: `slotStart[p]` .. `slotStart[p+1]-1`. */
  slotStart: Int32Array;
  /** Graph edge of each slot. */
  edge: Int32Array;
  /** Slot of each graph edge. */
  slotOf: Int32Array;
  /** Target position of each slot. */
  to: Int32Array;
  /** 1 at positions of endings. */
  final: Uint8Array;
  /** Components as position ranges, sinks first: `componentStart[c]` .. `componentStart[c+1]-1`. */
  componentStart: Int32Array;
  /** 1 when a component holds a cycle. */
  cyclicComponent: Uint8Array;
  /** No component holds a cycle: position c is component c. */
  acyclic: boolean;
}

/** Lays the graph out in the solver's order (O(V + E), once per analysis). */
export function solverLayout(pg: ProductGraph, structure: GraphStructure): SolverLayout {
  const n = pg.size;
  const node = structure.componentNodes;
  const position = new Int32Array(n);
  for (let p = 0; p < n; p++) position[node[p] as number] = p;
  const slotStart = new Int32Array(n + 1);
  const edge = new Int32Array(pg.edgeCount);
  const slotOf = new Int32Array(pg.edgeCount);
  const to = new Int32Array(pg.edgeCount);
  const final = new Uint8Array(n);
  let slot = 0;
  for (let p = 0; p < n; p++) {
    const u = node[p] as number;
    slotStart[p] = slot;
    final[p] = pg.final[u] as number;
    const end = pg.edgeStart[u + 1] as number;
    for (let e = pg.edgeStart[u] as number; e < end; e++) {
      edge[slot] = e;
      slotOf[e] = slot;
      to[slot] = position[pg.edgeTo[e] as number] as number;
      slot++;
    }
  }
  slotStart[n] = slot;
  return {
    pg,
    node,
    position,
    slotStart,
    edge,
    slotOf,
    to,
    final,
    componentStart: structure.componentStart,
    cyclicComponent: structure.cyclicComponent,
    acyclic: !structure.cyclic,
  };
}
