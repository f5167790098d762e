import type { GraphStructure } from './graph-structure.ts';
import type { ProductGraph } from './product-graph.ts';
import { followNext, type ToEnding } from './routes.ts';

/** Path figures found by dynamic programming, without enumerating paths. */
export interface PathFigures {
  /** Distinct decision sequences from the start to an ending, as a decimal string; 'cyclic' when endless. */
  paths: string;
  /** Edges of a shortest path to an ending (null when none ends). */
  shortest: number[] | null;
  /** Edges of a longest path; 'unbounded' when a cycle can still end; null when none ends. */
  longest: number[] | 'unbounded' | null;
}

/**
 * Counts paths (BigInt: a layered scenario has exponentially many) and finds the longest
 * by one pass over the components, sinks first; only nodes that can still end take part.
 */
export function pathFigures(
  pg: ProductGraph,
  structure: GraphStructure,
  ending: ToEnding,
): PathFigures {
  if (pg.nodes.length === 0 || ending.dist[0] === -1)
    return { paths: '0', shortest: null, longest: null };
  const shortest = followNext(pg, ending.next, 0);
  if (structure.endlessPaths) return { paths: 'cyclic', shortest, longest: 'unbounded' };
  const n = pg.nodes.length;
  const count: bigint[] = new Array<bigint>(n).fill(0n);
  const longest = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  // Components come sinks first; without endless paths every co-reachable one is a single node.
  for (const u of structure.componentNodes) {
    if (structure.coReachable[u] !== 1) continue;
    if (pg.final[u] === 1) {
      count[u] = 1n;
      longest[u] = 0;
      continue;
    }
    let total = 0n;
    for (let e = pg.edgeStart[u] ?? 0; e < (pg.edgeStart[u + 1] ?? 0); e++) {
      const v = pg.edgeTo[e] ?? 0;
      if (structure.coReachable[v] !== 1) continue;
      total += count[v] ?? 0n;
      const length = (longest[v] ?? 0) + 1;
      if (length > (longest[u] ?? -1)) {
        longest[u] = length;
        next[u] = e;
      }
    }
    count[u] = total;
  }
  return { paths: (count[0] ?? 0n).toString(), shortest, longest: followNext(pg, next, 0) };
}
