import type { ReverseIndex } from './graph-structure.ts';
import type { ProductGraph } from './product-graph.ts';

/** Shortest way to an ending from every node: distance in decisions and the first edge to take. */
export interface ToEnding {
  /** Decisions to the nearest ending; -1 when none can be reached. */
  dist: Int32Array;
  /** The edge to take first; -1 at endings and dead ends. */
  next: Int32Array;
}

/** Breadth-first from the endings backwards: unit weights, so the first visit is the shortest. */
export function toEnding(pg: ProductGraph, reverse: ReverseIndex): ToEnding {
  const n = pg.size;
  const dist = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let u = 0; u < n; u++) {
    if (pg.final[u] === 1) {
      dist[u] = 0;
      queue[tail++] = u;
    }
  }
  const { inStart, inFrom, inEdges } = reverse;
  for (let head = 0; head < tail; head++) {
    const v = queue[head] as number;
    const d = (dist[v] as number) + 1;
    for (let i = inStart[v] as number; i < (inStart[v + 1] as number); i++) {
      const u = inFrom[i] as number;
      if (dist[u] !== -1) continue;
      dist[u] = d;
      next[u] = inEdges[i] as number;
      queue[tail++] = u;
    }
  }
  return { dist, next };
}

/** Follows `next` edges from a node until they run out (at an ending, for `toEnding`). */
export function followNext(pg: ProductGraph, next: Int32Array, from: number): number[] {
  const edges: number[] = [];
  let u = from;
  for (let guard = 0; guard <= pg.size; guard++) {
    const e = next[u] ?? -1;
    if (e < 0) break;
    edges.push(e);
    u = pg.edgeTo[e] ?? 0;
  }
  return edges;
}

/** The shortest way from the start to any node accepted by `isTarget` (its edges), or null. */
export function shortestFromStart(
  pg: ProductGraph,
  isTarget: (node: number) => boolean,
): number[] | null {
  const n = pg.size;
  if (n === 0) return null;
  if (isTarget(0)) return [];
  const via = new Int32Array(n).fill(-1);
  const seen = new Uint8Array(n);
  seen[0] = 1;
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head] ?? 0;
    for (let e = pg.edgeStart[u] ?? 0; e < (pg.edgeStart[u + 1] ?? 0); e++) {
      const v = pg.edgeTo[e] ?? 0;
      if (seen[v] === 1) continue;
      seen[v] = 1;
      via[v] = e;
      if (isTarget(v)) {
        const edges: number[] = [];
        for (let x = v; x !== 0; x = pg.edgeFrom[via[x] ?? 0] ?? 0) edges.push(via[x] ?? 0);
        return edges.reverse();
      }
      queue.push(v);
    }
  }
  return null;
}
