import type { ScenarioGraph, StateNodeInfo, TransitionInfo } from './graph-types.ts';

/**
 * Structural walks over a resolved graph for the validator: every option,
 * timeout and eventless alternative counts as possible, whatever its guard.
 * The rules share one GraphWalk, with nodes numbered in document order and
 * the moves out of each node in flat arrays: working the same facts out per
 * rule and per leaf, in maps and lists of ids, was most of the cost of the
 * rules on a large file.
 */

/** How a state is named in messages: its key path, as the author wrote it. */
export function stateName(node: StateNodeInfo): string {
  return node.keyPath.length === 0 ? node.id : node.keyPath.join('.');
}

/** Facts about one graph that several rules need; nodes are numbered in document order. */
export interface GraphWalk {
  /** The graph walked. */
  readonly graph: ScenarioGraph;
  /** The nodes by number. */
  readonly nodes: readonly StateNodeInfo[];
  /** The number of each node's parent; -1 for the root. */
  readonly parent: Int32Array;
  /** The numbers of the leaves (atomic or final states), in document order. */
  readonly leaves: readonly number[];
  /**
   * Where each alternative that can fire at a node (its own and its ancestors', innermost
   * first; options, timeouts, then eventless) settles before eventless transitions: the
   * moves of node i are moves[moveStart[i]] up to moves[moveStart[i + 1]].
   */
  readonly moveStart: Int32Array;
  /** See moveStart. */
  readonly moves: Int32Array;
  /** The number of a state id. */
  indexOf(id: string): number;
  /** The leaf the machine settles on entering a node, before eventless transitions: follows `initial` down. */
  enter(i: number): number;
  /** Where a transition taken at a node settles: the target's initial leaf, or the node itself. */
  landing(from: number, transition: TransitionInfo): number;
}

function declaredCount(node: StateNodeInfo): number {
  let count = node.always.length;
  for (const option of node.options) count += option.branches.length;
  for (const timeout of node.timeouts) count += timeout.branches.length;
  return count;
}

/** Numbers the graph's nodes and lays out every node's moves. */
export function graphWalk(graph: ScenarioGraph): GraphWalk {
  const nodes: StateNodeInfo[] = [];
  const index = new Map<string, number>();
  for (const id of graph.order) {
    const node = graph.states.get(id);
    if (node === undefined) continue;
    index.set(id, nodes.length);
    nodes.push(node);
  }
  const indexOf = (id: string): number => {
    const found = index.get(id);
    if (found === undefined) throw new Error(`no state '${id}' in the graph`);
    return found;
  };
  const count = nodes.length;
  const parent = new Int32Array(count);
  const leaves: number[] = [];
  for (let i = 0; i < count; i++) {
    const node = nodes[i] as StateNodeInfo;
    // As in the semantics' lineage, a parent missing from the graph ends the line.
    parent[i] = node.parent === null ? -1 : (index.get(node.parent) ?? -1);
    if (node.kind !== 'compound' && node.parent !== null) leaves.push(i);
  }

  // The leaf entered through a node: follows `initial` down (-1: not worked out yet). As in
  // the semantics, an initial missing from the graph ends the descent.
  const initialOf = (i: number): number | undefined => {
    const id = nodes[i]?.initial ?? null;
    return id === null ? undefined : index.get(id);
  };
  const entered = new Int32Array(count).fill(-1);
  const entry = (i: number): number => {
    let leaf = entered[i] ?? -1;
    if (leaf < 0) {
      leaf = i;
      for (let next = initialOf(i); next !== undefined; next = initialOf(leaf)) leaf = next;
      entered[i] = leaf;
    }
    return leaf;
  };
  const landing = (from: number, transition: TransitionInfo): number =>
    transition.target === null ? from : entry(indexOf(transition.target));

  // A node's moves are its own, then each ancestor's: counted first, then laid out flat.
  const declared = nodes.map(declaredCount);
  const moveStart = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) {
    let total = 0;
    for (let a = i; a >= 0; a = parent[a] ?? -1) total += declared[a] ?? 0;
    moveStart[i + 1] = (moveStart[i] ?? 0) + total;
  }
  const moves = new Int32Array(moveStart[count] ?? 0);
  for (let i = 0; i < count; i++) {
    let at = moveStart[i] ?? 0;
    // Every alternative declared on each node up the lineage: options, timeouts, eventless.
    for (let a = i; a >= 0; a = parent[a] ?? -1) {
      const node = nodes[a] as StateNodeInfo;
      for (const option of node.options)
        for (const t of option.branches) moves[at++] = landing(i, t);
      for (const timeout of node.timeouts)
        for (const t of timeout.branches) moves[at++] = landing(i, t);
      for (const t of node.always) moves[at++] = landing(i, t);
    }
  }
  return { graph, nodes, parent, leaves, moveStart, moves, indexOf, enter: entry, landing };
}

/** The numbers of the leaves reachable from the start, as flags; nothing leaves a final state. */
export function reachableLeaves(walk: GraphWalk): Uint8Array {
  const { nodes, moveStart, moves } = walk;
  const start = walk.enter(walk.indexOf(walk.graph.root.id));
  const seen = new Uint8Array(nodes.length);
  seen[start] = 1;
  const queue = [start];
  for (let leaf = queue.pop(); leaf !== undefined; leaf = queue.pop()) {
    if (nodes[leaf]?.kind === 'final') continue;
    for (let m = moveStart[leaf] ?? 0; m < (moveStart[leaf + 1] ?? 0); m++) {
      const next = moves[m] ?? 0;
      if (seen[next] === 0) {
        seen[next] = 1;
        queue.push(next);
      }
    }
  }
  return seen;
}

/** The leaves from which some path reaches a final state, as flags. */
export function leavesThatCanEnd(walk: GraphWalk): Uint8Array {
  const { nodes, moveStart, moves, leaves } = walk;
  // Moves backwards, from the leaves that are not endings: counted, then laid out flat.
  const inStart = new Int32Array(nodes.length + 1);
  for (const leaf of leaves) {
    if (nodes[leaf]?.kind === 'final') continue;
    for (let m = moveStart[leaf] ?? 0; m < (moveStart[leaf + 1] ?? 0); m++) {
      const next = moves[m] ?? 0;
      inStart[next + 1] = (inStart[next + 1] ?? 0) + 1;
    }
  }
  for (let i = 0; i < nodes.length; i++) inStart[i + 1] = (inStart[i + 1] ?? 0) + (inStart[i] ?? 0);
  const filled = inStart.slice(0, nodes.length);
  const from = new Int32Array(inStart[nodes.length] ?? 0);
  for (const leaf of leaves) {
    if (nodes[leaf]?.kind === 'final') continue;
    for (let m = moveStart[leaf] ?? 0; m < (moveStart[leaf + 1] ?? 0); m++) {
      const next = moves[m] ?? 0;
      const slot = filled[next] ?? 0;
      from[slot] = leaf;
      filled[next] = slot + 1;
    }
  }
  const canEnd = new Uint8Array(nodes.length);
  const queue: number[] = [];
  for (const leaf of leaves) {
    if (nodes[leaf]?.kind !== 'final') continue;
    canEnd[leaf] = 1;
    queue.push(leaf);
  }
  for (let leaf = queue.pop(); leaf !== undefined; leaf = queue.pop()) {
    for (let p = inStart[leaf] ?? 0; p < (inStart[leaf + 1] ?? 0); p++) {
      const previous = from[p] ?? 0;
      if (canEnd[previous] === 0) {
        canEnd[previous] = 1;
        queue.push(previous);
      }
    }
  }
  return canEnd;
}

/** Can the machine rest at this node, or does an unguarded eventless transition always move on? */
export function canRest(walk: GraphWalk, i: number): boolean {
  for (let a = i; a >= 0; a = walk.parent[a] ?? -1) {
    if ((walk.nodes[a] as StateNodeInfo).always.some((t) => t.guard === undefined)) return false;
  }
  return true;
}
