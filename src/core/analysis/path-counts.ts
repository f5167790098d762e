import type { GraphStructure } from './graph-structure.ts';
import { followNext, type ToEnding } from './routes.ts';
import type { SolverLayout } from './solver-layout.ts';

/** Path figures found by dynamic programming, without enumerating paths. */
export interface PathFigures {
  /** Distinct decision sequences from the start to an ending, as a decimal string; 'cyclic' when endless. */
  paths: string;
  /** Edges of a shortest path to an ending (null when none ends). */
  shortest: number[] | null;
  /** Edges of a longest path; 'unbounded' when a cycle can still end; null when none ends. */
  longest: number[] | 'unbounded' | null;
}

const LIMB = 2 ** 32;

/**
 * Counts paths to an ending from every position, exactly, in base-2^32 limbs of one typed
 * array: a layered scenario has exponentially many paths, and a BigInt per node and per
 * addition would mostly feed the garbage collector. Each position gets as many limbs as a
 * bound on its bits needs (a node with k ways on has at most ceil(log2 k) more bits than
 * its widest successor), so memory stays what BigInts would take.
 */
function countPaths(layout: SolverLayout, alive: Uint8Array, start: number): string {
  const { slotStart, to, final } = layout;
  const n = alive.length;
  const bits = new Int32Array(n);
  const offset = new Float64Array(n + 1);
  for (let p = 0; p < n; p++) {
    offset[p + 1] = offset[p] as number;
    if (alive[p] !== 1) continue;
    let widest = 1;
    let ways = 0;
    for (let s = slotStart[p] as number; s < (slotStart[p + 1] as number); s++) {
      const v = to[s] as number;
      if (alive[v] !== 1) continue;
      widest = Math.max(widest, bits[v] as number);
      ways++;
    }
    // ceil(log2(ways)): the bits that adding `ways` numbers can carry into (an ending counts 1).
    bits[p] = widest + (ways <= 1 ? 0 : 32 - Math.clz32(ways - 1));
    offset[p + 1] = (offset[p] as number) + Math.ceil((bits[p] as number) / 32);
  }
  const count = new Uint32Array(offset[n] as number);
  for (let p = 0; p < n; p++) {
    if (alive[p] !== 1) continue;
    const at = offset[p] as number;
    const limbs = (offset[p + 1] as number) - at;
    if (final[p] === 1) {
      count[at] = 1;
      continue;
    }
    for (let s = slotStart[p] as number; s < (slotStart[p + 1] as number); s++) {
      const v = to[s] as number;
      if (alive[v] !== 1) continue;
      const from = offset[v] as number;
      const used = (offset[v + 1] as number) - from;
      // v's limbs, then the carry as far as it goes (the bound keeps it within p's limbs).
      let carry = 0;
      let k = 0;
      for (; k < used; k++) {
        const sum = (count[at + k] as number) + (count[from + k] as number) + carry;
        carry = sum >= LIMB ? 1 : 0;
        count[at + k] = sum - carry * LIMB;
      }
      for (; carry === 1 && k < limbs; k++) {
        const sum = (count[at + k] as number) + 1;
        carry = sum >= LIMB ? 1 : 0;
        count[at + k] = sum - carry * LIMB;
      }
    }
  }
  let total = 0n;
  const at = offset[start] as number;
  for (let k = (offset[start + 1] as number) - at - 1; k >= 0; k--) {
    total = (total << 32n) + BigInt(count[at + k] ?? 0);
  }
  return total.toString();
}

/**
 * Counts paths and finds the longest by passes over the solver's layout, sinks first;
 * only nodes that can still end take part.
 */
export function pathFigures(
  layout: SolverLayout,
  structure: GraphStructure,
  ending: ToEnding,
): PathFigures {
  const { pg, node, slotStart, to, edge, final } = layout;
  if (pg.size === 0 || ending.dist[0] === -1) return { paths: '0', shortest: null, longest: null };
  const shortest = followNext(pg, ending.next, 0);
  if (structure.endlessPaths) return { paths: 'cyclic', shortest, longest: 'unbounded' };
  const n = pg.size;
  const alive = new Uint8Array(n);
  for (let p = 0; p < n; p++) alive[p] = structure.coReachable[node[p] as number] as number;
  // Without endless paths every position that can still end is a component of its own.
  const longest = new Int32Array(n).fill(-1);
  const next = new Int32Array(n).fill(-1);
  for (let p = 0; p < n; p++) {
    if (alive[p] !== 1) continue;
    if (final[p] === 1) {
      longest[p] = 0;
      continue;
    }
    const u = node[p] as number;
    for (let s = slotStart[p] as number; s < (slotStart[p + 1] as number); s++) {
      const v = to[s] as number;
      if (alive[v] !== 1) continue;
      const length = (longest[v] as number) + 1;
      if (length > (longest[p] as number)) {
        longest[p] = length;
        next[u] = edge[s] as number;
      }
    }
  }
  const start = layout.position[0] as number;
  return {
    paths: countPaths(layout, alive, start),
    shortest,
    longest: followNext(pg, next, 0),
  };
}
