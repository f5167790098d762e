import type { ProductGraph } from './product-graph.ts';
import type { ToEnding } from './routes.ts';

/** Cycles and ordering of the product graph, computed once and shared by every pass. */
export interface GraphStructure {
  /** 1 when an ending can be reached from the node. */
  coReachable: Uint8Array;
  /** Nodes grouped by strongly connected component, components sinks first (reverse topological order). */
  componentNodes: Int32Array;
  /** Offsets into componentNodes: component c is `componentStart[c]..componentStart[c+1]-1`. */
  componentStart: Int32Array;
  /** 1 when a component holds a cycle (more than one node, or a self-loop). */
  cyclicComponent: Uint8Array;
  /** Some reachable node lies on a cycle. */
  cyclic: boolean;
  /** Some cycle can still reach an ending: infinitely many paths, unbounded length. */
  endlessPaths: boolean;
}

/** Incoming edges in CSR form: node v's are `inEdges[inStart[v]..inStart[v+1]-1]`. */
export interface ReverseIndex {
  /** Offsets, length nodes + 1. */
  inStart: Int32Array;
  /** Edge indexes grouped by target. */
  inEdges: Int32Array;
  /** The source node of each of those edges (read in order, where `edgeFrom` would be read at random). */
  inFrom: Int32Array;
}

/** Groups edges by their target (counting sort). */
export function reverseIndex(pg: ProductGraph): ReverseIndex {
  const n = pg.size;
  const { edgeTo, edgeFrom } = pg;
  const inStart = new Int32Array(n + 1);
  for (let e = 0; e < edgeTo.length; e++) {
    const at = (edgeTo[e] as number) + 1;
    inStart[at] = (inStart[at] as number) + 1;
  }
  for (let v = 0; v < n; v++) inStart[v + 1] = (inStart[v + 1] as number) + (inStart[v] as number);
  const fill = inStart.slice(0, n);
  const inEdges = new Int32Array(edgeTo.length);
  const inFrom = new Int32Array(edgeTo.length);
  for (let e = 0; e < edgeTo.length; e++) {
    const to = edgeTo[e] as number;
    const at = fill[to] as number;
    inEdges[at] = e;
    inFrom[at] = edgeFrom[e] as number;
    fill[to] = at + 1;
  }
  return { inStart, inEdges, inFrom };
}

/**
 * A sinks-first order by peeling nodes whose successors are all placed (Kahn's algorithm,
 * backwards); null when a cycle stops it. Cheaper than Tarjan, and on an acyclic graph
 * every node is a component of its own anyway.
 */
function peelSinks(pg: ProductGraph, reverse: ReverseIndex): Int32Array | null {
  const n = pg.size;
  const left = new Int32Array(n);
  const order = new Int32Array(n);
  let placed = 0;
  for (let u = 0; u < n; u++) {
    left[u] = (pg.edgeStart[u + 1] as number) - (pg.edgeStart[u] as number);
    if (left[u] === 0) order[placed++] = u;
  }
  for (let head = 0; head < placed; head++) {
    const v = order[head] as number;
    for (let i = reverse.inStart[v] as number; i < (reverse.inStart[v + 1] as number); i++) {
      const u = reverse.inFrom[i] as number;
      const remaining = (left[u] as number) - 1;
      left[u] = remaining;
      if (remaining === 0) order[placed++] = u;
    }
  }
  return placed === n ? order : null;
}

/** Tarjan's algorithm without recursion (a 10,000-turn scenario would overflow the stack). */
function components(pg: ProductGraph): { nodes: Int32Array; start: Int32Array } {
  const n = pg.size;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const flat = new Int32Array(n);
  const starts: number[] = [0];
  const callNode: number[] = [];
  const callEdge: number[] = [];
  let counter = 0;
  let placed = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    callNode.push(root);
    callEdge.push(pg.edgeStart[root] ?? 0);
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callNode.length > 0) {
      const top = callNode.length - 1;
      const u = callNode[top] ?? 0;
      const e = callEdge[top] ?? 0;
      if (e < (pg.edgeStart[u + 1] ?? 0)) {
        callEdge[top] = e + 1;
        const v = pg.edgeTo[e] ?? 0;
        if (order[v] === -1) {
          order[v] = low[v] = counter++;
          stack.push(v);
          onStack[v] = 1;
          callNode.push(v);
          callEdge.push(pg.edgeStart[v] ?? 0);
        } else if (onStack[v] === 1) {
          low[u] = Math.min(low[u] ?? 0, order[v] ?? 0);
        }
        continue;
      }
      callNode.pop();
      callEdge.pop();
      const parent = callNode[callNode.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] ?? 0, low[u] ?? 0);
      if (low[u] === order[u]) {
        let w: number;
        do {
          w = stack.pop() ?? u;
          onStack[w] = 0;
          flat[placed++] = w;
        } while (w !== u);
        starts.push(placed);
      }
    }
  }
  return { nodes: flat, start: Int32Array.from(starts) };
}

/** Finds components, cycles and which nodes can still end. */
export function analyseStructure(
  pg: ProductGraph,
  ending: ToEnding,
  reverse: ReverseIndex,
): GraphStructure {
  const n = pg.size;
  const coReachable = new Uint8Array(n);
  for (let u = 0; u < n; u++) coReachable[u] = (ending.dist[u] as number) >= 0 ? 1 : 0;
  const peeled = peelSinks(pg, reverse);
  if (peeled !== null) {
    const componentStart = new Int32Array(n + 1);
    for (let c = 0; c < n; c++) componentStart[c + 1] = c + 1;
    return {
      coReachable,
      componentNodes: peeled,
      componentStart,
      cyclicComponent: new Uint8Array(n),
      cyclic: false,
      endlessPaths: false,
    };
  }
  const { nodes, start } = components(pg);
  const count = start.length - 1;
  const cyclicComponent = new Uint8Array(count);
  let cyclic = false;
  let endlessPaths = false;
  for (let c = 0; c < count; c++) {
    const first = start[c] ?? 0;
    const only = nodes[first] ?? 0;
    let isCyclic = (start[c + 1] ?? 0) - first > 1;
    for (let e = pg.edgeStart[only] ?? 0; !isCyclic && e < (pg.edgeStart[only + 1] ?? 0); e++) {
      if (pg.edgeTo[e] === only) isCyclic = true;
    }
    if (!isCyclic) continue;
    cyclicComponent[c] = 1;
    cyclic = true;
    if (coReachable[only] === 1) endlessPaths = true;
  }
  return {
    coReachable,
    componentNodes: nodes,
    componentStart: start,
    cyclicComponent,
    cyclic,
    endlessPaths,
  };
}
