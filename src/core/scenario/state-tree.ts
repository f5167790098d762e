import type { ScenarioGraph, StateNodeInfo, TransitionInfo } from './graph-types.ts';

/**
 * Where states sit in the tree, as XState's own algorithms need it: lineages, ancestors,
 * transition domains and initial leaves. Cached per graph: analysis asks again and again.
 */

/** A state by id; a missing one is a bug in the caller, not bad input. */
export function node(graph: ScenarioGraph, id: string): StateNodeInfo {
  const found = graph.states.get(id);
  if (found === undefined) throw new Error(`no state '${id}' in the graph`);
  return found;
}

/** Per graph: each state's lineage, shared (read only) by the semantics' own hot paths. */
const lineageCache = new WeakMap<ScenarioGraph, Map<string, readonly StateNodeInfo[]>>();

/** The node and its ancestors, innermost first, shared and read-only. */
export function lineageOf(graph: ScenarioGraph, id: string): readonly StateNodeInfo[] {
  const cache = cacheOf(lineageCache, graph);
  let found = cache.get(id);
  if (found === undefined) {
    const out: StateNodeInfo[] = [];
    let current: StateNodeInfo | undefined = node(graph, id);
    while (current !== undefined) {
      out.push(current);
      current = current.parent === null ? undefined : graph.states.get(current.parent);
    }
    found = out;
    cache.set(id, found);
  }
  return found;
}

/** The node and its ancestors, innermost first. */
export function lineage(graph: ScenarioGraph, id: string): StateNodeInfo[] {
  return [...lineageOf(graph, id)];
}

/** Per graph: each state's proper ancestors, innermost first (planning asks this again and again). */
const ancestorCache = new WeakMap<ScenarioGraph, Map<string, readonly string[]>>();

/** The proper ancestors' ids, innermost first. */
export function ancestorsOf(graph: ScenarioGraph, id: string): readonly string[] {
  const cache = cacheOf(ancestorCache, graph);
  let found = cache.get(id);
  if (found === undefined) {
    const parent = graph.states.get(id)?.parent ?? null;
    found = parent === null ? [] : [parent, ...ancestorsOf(graph, parent)];
    cache.set(id, found);
  }
  return found;
}

/** Whether `child` lies strictly inside `ancestor`. */
export function isDescendant(graph: ScenarioGraph, child: string, ancestor: string): boolean {
  return ancestorsOf(graph, child).includes(ancestor);
}

/** The transition domain, as XState's getTransitionDomain computes it. */
export function domainOf(graph: ScenarioGraph, transition: TransitionInfo, target: string): string {
  const source = transition.source;
  if (!transition.reenter && (target === source || isDescendant(graph, target, source))) {
    return source;
  }
  for (const ancestor of lineageOf(graph, target).slice(1)) {
    if (isDescendant(graph, source, ancestor.id)) return ancestor.id;
  }
  return graph.root.id;
}

/** The leaf reached by entering a node: follows `initial` down. */
export function initialLeaf(graph: ScenarioGraph, id: string): string[] {
  const entered: string[] = [];
  let current: StateNodeInfo | undefined = node(graph, id);
  while (current !== undefined) {
    entered.push(current.id);
    current = current.initial === null ? undefined : graph.states.get(current.initial);
  }
  return entered;
}

/** The per-graph cache of a WeakMap, made on first use. */
export function cacheOf<K, V>(
  store: WeakMap<ScenarioGraph, Map<K, V>>,
  graph: ScenarioGraph,
): Map<K, V> {
  let cache = store.get(graph);
  if (cache === undefined) {
    cache = new Map();
    store.set(graph, cache);
  }
  return cache;
}
