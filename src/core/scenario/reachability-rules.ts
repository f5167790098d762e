import type { Problem } from './diagnostic.ts';
import type { ScenarioGraph, StateNodeInfo, TransitionInfo } from './graph-types.ts';
import {
  leaves,
  leavesThatCanEnd,
  landingLeaf,
  reachableLeaves,
  stateName,
  transitionsAt,
} from './graph-walk.ts';
import { lineage } from './semantics.ts';

/** Rules about where a conversation can go: unreachable states, dead ends, traps, eventless loops. */
export function reachabilityRules(graph: ScenarioGraph): Problem[] {
  const reachedLeaves = reachableLeaves(graph);
  const reached = new Set<string>();
  for (const leaf of reachedLeaves) for (const node of lineage(graph, leaf)) reached.add(node.id);
  return [
    ...unreachable(graph, reached),
    ...deadEndsAndTraps(graph, reachedLeaves),
    ...eventlessLoops(graph),
  ];
}

/** Reports the topmost unreachable node of each unreachable branch; an unused ending is only a warning. */
function unreachable(graph: ScenarioGraph, reached: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const id of graph.order) {
    const node = graph.states.get(id);
    if (node === undefined || node.parent === null || reached.has(id)) continue;
    if (node.parent !== graph.root.id && !reached.has(node.parent)) continue;
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
function deadEndsAndTraps(graph: ScenarioGraph, reachedLeaves: Set<string>): Problem[] {
  const canEnd = leavesThatCanEnd(graph);
  const problems: Problem[] = [];
  for (const leaf of leaves(graph)) {
    if (leaf.kind === 'final') continue;
    const name = stateName(leaf);
    if (transitionsAt(graph, leaf.id).length === 0) {
      problems.push({
        path: leaf.path,
        severity: 'error',
        code: 'dead-end',
        message: `state '${name}' has no way out: add reply options ('on'), a timeout ('after') or make it an ending with type: final`,
        atKey: true,
      });
    } else if (reachedLeaves.has(leaf.id) && !canEnd.has(leaf.id)) {
      problems.push({
        path: leaf.path,
        severity: 'error',
        code: 'trap',
        message: `no ending can be reached from state '${name}': every path from it goes round in circles; add an option that leads towards an ending`,
        atKey: true,
      });
    }
  }
  return problems;
}

/** Cycles made only of eventless transitions: XState would never settle. */
function eventlessLoops(graph: ScenarioGraph): Problem[] {
  const edges = new Map<string, { to: string; via: TransitionInfo }[]>();
  for (const leaf of leaves(graph)) {
    if (leaf.kind === 'final') continue;
    const out = lineage(graph, leaf.id)
      .flatMap((n) => n.always)
      .filter((t) => t.target !== null)
      .map((t) => ({ to: landingLeaf(graph, leaf.id, t), via: t }));
    edges.set(leaf.id, out);
  }
  const problems: Problem[] = [];
  const reported = new Set<string>();
  const done = new Set<string>();
  const depthOf = new Map<string, number>();
  // Iterative depth-first search: a long chain of states must not exhaust the call stack.
  for (const root of edges.keys()) {
    if (done.has(root)) continue;
    const path: { id: string; via?: TransitionInfo; next: number }[] = [{ id: root, next: 0 }];
    depthOf.set(root, 0);
    for (let top = path[0]; top !== undefined; top = path[path.length - 1]) {
      const edge = (edges.get(top.id) ?? [])[top.next++];
      if (edge === undefined) {
        path.pop();
        depthOf.delete(top.id);
        done.add(top.id);
        continue;
      }
      const at = depthOf.get(edge.to);
      if (at !== undefined) {
        const cycle = path.slice(at).map((step) => step.id);
        const key = [...cycle].sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          problems.push(loopProblem(graph, cycle, path[at + 1]?.via ?? edge.via));
        }
      } else if (!done.has(edge.to)) {
        depthOf.set(edge.to, path.length);
        path.push({ id: edge.to, via: edge.via, next: 0 });
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
