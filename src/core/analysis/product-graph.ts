import type { ScenarioGraph } from '../scenario/graph-types.ts';
import {
  isStuck,
  start,
  take,
  type EngineContext,
  type OpenOption,
  type OpenTimeout,
  type Settled,
} from '../scenario/semantics.ts';
import type { GuardReads } from './guard-reads.ts';
import { NodeIndex, reducer } from './node-index.ts';
import { openCache } from './open-cache.ts';

/** A node of the product graph: where the conversation is, and what guards could tell apart. */
export interface ProductNode {
  /** The active leaf state. */
  leaf: string;
  /** The context, reduced to what guards read (mood 0 when no guard reads it). */
  context: EngineContext;
  /** Options open here, in XState's order. */
  options: OpenOption[];
  /** Timeouts that may fire here. */
  timeouts: OpenTimeout[];
  /** The leaf is a final state: an ending. */
  final: boolean;
}

/** One decision of the trainee: an open option, or waiting for an open timeout. */
export interface ProductEdge {
  /** Source node index. */
  from: number;
  /** Target node index. */
  to: number;
  /** Option or wait. */
  kind: 'option' | 'timeout';
  /** Index into the source's `options` or `timeouts`. */
  index: number;
}

/** A decision after which eventless transitions never settle. */
export interface LoopingStep {
  /** Source node index, or -1 when the machine loops as it starts. */
  from: number;
  /** The option id or 'wait' that triggers it ('' at start). */
  choice: string;
  /** Leaves the eventless transitions cycle through. */
  via: string[];
}

/**
 * Every (leaf, context) the trainee's decisions can reach, with the decisions as edges.
 * Edges live in typed arrays (half a million objects would cost more in garbage collection
 * than the whole analysis), grouped by source node.
 */
export interface ProductGraph {
  /** Nodes; index 0 is the start (absent when the start itself loops). */
  nodes: ProductNode[];
  /** 1 for nodes that are endings. */
  final: Uint8Array;
  /** Number of edges. */
  edgeCount: number;
  /** CSR offsets, length nodes + 1: node u's edges are `edgeStart[u]` .. `edgeStart[u+1]-1`. */
  edgeStart: Int32Array;
  /** Source node of each edge. */
  edgeFrom: Int32Array;
  /** Target node of each edge. */
  edgeTo: Int32Array;
  /** 0 for an option, 1 for a timeout. */
  edgeKind: Uint8Array;
  /** Index into the source's `options` or `timeouts`. */
  edgeIndex: Int32Array;
  /** Decisions whose eventless transitions never settle (not edges). */
  loops: LoopingStep[];
  /** Exploration stopped at the node limit: figures are incomplete. */
  truncated: boolean;
}

/** One edge as an object, for code off the hot paths. */
export function edgeAt(pg: ProductGraph, e: number): ProductEdge {
  return {
    from: pg.edgeFrom[e] ?? -1,
    to: pg.edgeTo[e] ?? -1,
    kind: pg.edgeKind[e] === 1 ? 'timeout' : 'option',
    index: pg.edgeIndex[e] ?? -1,
  };
}

/** Default cap on product nodes, far above any hand-written scenario. */
export const MAX_PRODUCT_NODES = 1_000_000;

/**
 * Explores the product of leaf states and (reduced) contexts breadth-first with the pure
 * semantics. Only what guards read is kept, so two contexts that no guard can tell apart
 * are one node; this keeps a 10,000-state scenario small.
 */
export function buildProductGraph(
  graph: ScenarioGraph,
  initial: EngineContext,
  reads: GuardReads,
  maxNodes = MAX_PRODUCT_NODES,
): ProductGraph {
  const reduce = reducer(reads);
  const index = new NodeIndex(graph, reads);
  const open = openCache(graph);
  const nodes: ProductNode[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const kinds: number[] = [];
  const indexes: number[] = [];
  const loops: LoopingStep[] = [];
  let truncated = false;

  // The key reads only what guards read, so the context is reduced only for a new node.
  const intern = (settled: Settled): number => {
    const key = index.key(settled.leaf, settled.context);
    const known = index.get(key);
    if (known !== undefined) return known;
    if (nodes.length >= maxNodes) {
      truncated = true;
      return -1;
    }
    const context = reduce(settled.context);
    const final = graph.states.get(settled.leaf)?.kind === 'final';
    nodes.push({
      leaf: settled.leaf,
      context,
      options: final ? [] : open.options(settled.leaf, context),
      timeouts: final ? [] : open.timeouts(settled.leaf, context),
      final,
    });
    index.set(key, nodes.length - 1);
    return nodes.length - 1;
  };

  const first = start(graph, initial);
  if (isStuck(first)) loops.push({ from: -1, choice: '', via: first.via });
  else intern(first);

  const starts: number[] = [];
  for (let u = 0; u < nodes.length && !truncated; u++) {
    starts.push(from.length);
    const node = nodes[u];
    if (node === undefined) break;
    const count = node.options.length + node.timeouts.length;
    for (let i = 0; i < count; i++) {
      const isOption = i < node.options.length;
      const open = isOption ? node.options[i] : node.timeouts[i - node.options.length];
      if (open === undefined) continue;
      const result = take(graph, node.leaf, node.context, open.transition);
      if (isStuck(result)) {
        loops.push({
          from: u,
          choice: isOption ? (node.options[i]?.event ?? '') : 'wait',
          via: result.via,
        });
        continue;
      }
      const target = intern(result);
      if (target < 0) continue;
      from.push(u);
      to.push(target);
      kinds.push(isOption ? 0 : 1);
      indexes.push(isOption ? i : i - node.options.length);
    }
  }
  while (starts.length <= nodes.length) starts.push(from.length);
  return {
    nodes,
    final: Uint8Array.from(nodes, (node) => (node.final ? 1 : 0)),
    edgeCount: from.length,
    edgeStart: Int32Array.from(starts),
    edgeFrom: Int32Array.from(from),
    edgeTo: Int32Array.from(to),
    edgeKind: Uint8Array.from(kinds),
    edgeIndex: Int32Array.from(indexes),
    loops,
    truncated,
  };
}
