import type { OpenOption, OpenTimeout } from '../scenario/semantics.ts';
import type { EngineContext } from '../scenario/engine-vocabulary.ts';

/** A node of the product graph: where the conversation is, and what guards could tell apart. */
export interface ProductNode {
  /** The active leaf state. */
  leaf: string;
  /** The context, reduced to what guards read (mood 0 when no guard reads it). */
  context: EngineContext;
  /** Options open here, in XState's order. */
  options: readonly OpenOption[];
  /** Timeouts that may fire here. */
  timeouts: readonly OpenTimeout[];
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
 * Nodes and edges live in typed arrays (a quarter of a million node objects and three
 * quarters of a million edge objects would cost more in garbage collection than the whole
 * analysis); edges are grouped by source node.
 */
export interface ProductGraph {
  /** Number of nodes; node 0 is the start (there is none when the start itself loops). */
  size: number;
  /** Leaf state ids, indexed by `nodeLeaf`: the graph's document order. */
  leaves: readonly string[];
  /** Each node's leaf, as an index into `leaves`. */
  nodeLeaf: Int32Array;
  /** Contexts reduced to what guards read (mood 0 when no guard reads it), shared by nodes. */
  contexts: readonly EngineContext[];
  /** Each node's context, as an index into `contexts`. */
  nodeContext: Int32Array;
  /** The distinct lists of options open at nodes, in XState's order (nodes share them). */
  optionLists: readonly (readonly OpenOption[])[];
  /** Each node's options, as an index into `optionLists` (see `optionsAt`). */
  nodeOptions: Int32Array;
  /** The distinct lists of timeouts that may fire at nodes. */
  timeoutLists: readonly (readonly OpenTimeout[])[];
  /** Each node's timeouts, as an index into `timeoutLists` (see `timeoutsAt`). */
  nodeTimeouts: Int32Array;
  /** 1 for nodes that are endings. */
  final: Uint8Array;
  /** Number of edges. */
  edgeCount: number;
  /** CSR offsets, length size + 1: node u's edges are `edgeStart[u]` .. `edgeStart[u+1]-1`. */
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

/** The options open at node u. */
export function optionsAt(pg: ProductGraph, u: number): readonly OpenOption[] {
  return pg.optionLists[pg.nodeOptions[u] ?? 0] ?? [];
}

/** The timeouts that may fire at node u. */
export function timeoutsAt(pg: ProductGraph, u: number): readonly OpenTimeout[] {
  return pg.timeoutLists[pg.nodeTimeouts[u] ?? 0] ?? [];
}

/** One node as an object, for code off the hot paths. */
export function nodeAt(pg: ProductGraph, u: number): ProductNode {
  const context = pg.contexts[pg.nodeContext[u] ?? -1];
  if (context === undefined) throw new Error(`no node ${u}`);
  return {
    leaf: pg.leaves[pg.nodeLeaf[u] ?? -1] ?? '',
    context,
    options: optionsAt(pg, u),
    timeouts: timeoutsAt(pg, u),
    final: pg.final[u] === 1,
  };
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
