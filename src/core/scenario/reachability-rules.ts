import type { Problem } from './diagnostic.ts';
import type { ScenarioGraph, StateNodeInfo, TransitionInfo } from './graph-types.ts';
import { leavesThatCanEnd, reachableLeaves, stateName, type GraphWalk } from './graph-walk.ts';

/** Rules about where a conversation can go: unreachable states, dead ends, traps, eventless loops. */
export function reachabilityRules(walk: GraphWalk): Problem[] {
  const reachedLeaves = reachableLeaves(walk);
  // A node is reached when a reached leaf is inside it.
  const reached = new Uint8Array(walk.nodes.length);
  reachedLeaves.forEach((flag, leaf) => {
    if (flag === 0) return;
    for (let a = leaf; a >= 0 && reached[a] === 0; a = walk.parent[a] ?? -1) reached[a] = 1;
  });
  return [
    ...unreachable(walk, reached),
    ...deadEndsAndTraps(walk, reachedLeaves),
    ...eventlessLoops(walk),
  ];
}

/** Reports the topmost unreachable node of each unreachable branch; an unused ending is only a warning. */
function unreachable(walk: GraphWalk, reached: Uint8Array): Problem[] {
  const problems: Problem[] = [];
  const rootId = walk.graph.root.id;
  for (let i = 0; i < walk.nodes.length; i++) {
    const node = walk.nodes[i] as StateNodeInfo;
    if (node.parent === null || reached[i] === 1) continue;
    if (node.parent !== rootId && reached[walk.parent[i] ?? -1] !== 1) continue;
    const name = stateName(node);
    problems.push(
      node.kind === 'final'
        ? {
            path: node.path,
            severity: 'warning',
            code: 'unreachable-ending',
            message: `ending '${name}' is never reached: no option, timeout or eventless transition leads to it`,
            atKey: true,
          }
        : {
            path: node.path,
            severity: 'error',
            code: 'unreachable-state',
            message: `state '${name}' cannot be reached from the start: add an option or timeout that leads to it, or remove it`,
            atKey: true,
          },
    );
  }
  return problems;
}

/** A turn with no way out at all, and reachable turns from which no ending can be reached. */
function deadEndsAndTraps(walk: GraphWalk, reachedLeaves: Uint8Array): Problem[] {
  const canEnd = leavesThatCanEnd(walk);
  const problems: Problem[] = [];
  for (const i of walk.leaves) {
    const leaf = walk.nodes[i] as StateNodeInfo;
    if (leaf.kind === 'final') continue;
    if (walk.moveStart[i] === walk.moveStart[i + 1]) {
      problems.push({
        path: leaf.path,
        severity: 'error',
        code: 'dead-end',
        message: `state '${stateName(leaf)}' has no way out: add reply options ('on'), a timeout ('after') or make it an ending with type: final`,
        atKey: true,
      });
    } else if (reachedLeaves[i] === 1 && canEnd[i] === 0) {
      problems.push({
        path: leaf.path,
        severity: 'error',
        code: 'trap',
        message: `no ending can be reached from state '${stateName(leaf)}': every path from it goes round in circles; add an option that leads towards an ending`,
        atKey: true,
      });
    }
  }
  return problems;
}

/** One step of the search for eventless loops: a node, the transition into it, the next edge. */
interface Step {
  node: number;
  via?: TransitionInfo;
  next: number;
}

/** Cycles made only of eventless transitions: XState would never settle. */
function eventlessLoops(walk: GraphWalk): Problem[] {
  const { nodes, parent } = walk;
  // Eventless moves out of every leaf that is not an ending, in the order XState tries them.
  const edges = new Map<number, { to: number; via: TransitionInfo }[]>();
  for (const leaf of walk.leaves) {
    if ((nodes[leaf] as StateNodeInfo).kind === 'final') continue;
    const out: { to: number; via: TransitionInfo }[] = [];
    for (let a = leaf; a >= 0; a = parent[a] ?? -1) {
      for (const t of (nodes[a] as StateNodeInfo).always) {
        if (t.target !== null) out.push({ to: walk.landing(leaf, t), via: t });
      }
    }
    edges.set(leaf, out);
  }
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const done = new Uint8Array(nodes.length);
  const depthOf = new Int32Array(nodes.length).fill(-1);
  // Iterative depth-first search: a long chain of states must not exhaust the call stack.
  for (const [root, out] of edges) {
    if (done[root] === 1) continue;
    if (out.length === 0) {
      done[root] = 1;
      continue;
    }
    const path: Step[] = [{ node: root, next: 0 }];
    depthOf[root] = 0;
    for (let top = path[0]; top !== undefined; top = path[path.length - 1]) {
      const edge = edges.get(top.node)?.[top.next++];
      if (edge === undefined) {
        path.pop();
        depthOf[top.node] = -1;
        done[top.node] = 1;
        continue;
      }
      const at = depthOf[edge.to] ?? -1;
      if (at >= 0) {
        const cycle = path.slice(at).map((step) => (nodes[step.node] as StateNodeInfo).id);
        const key = [...cycle].sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          problems.push(loopProblem(walk.graph, cycle, path[at + 1]?.via ?? edge.via));
        }
      } else if (done[edge.to] === 0) {
        depthOf[edge.to] = path.length;
        path.push({ node: edge.to, via: edge.via, next: 0 });
      }
    }
  }
  return problems;
}

function loopProblem(graph: ScenarioGraph, cycle: string[], first: TransitionInfo): Problem {
  const names = cycle.map((id) => {
    const node: StateNodeInfo | undefined = graph.states.get(id);
    return node === undefined ? id : stateName(node);
  });
  return {
    path: first.path,
    severity: 'error',
    code: 'eventless-loop',
    message: `eventless transitions loop: ${[...names, names[0] ?? ''].join(' → ')}; XState would never settle - put a customer turn in the loop or guard one of them`,
  };
}
