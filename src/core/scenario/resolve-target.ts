import { didYouMean } from './did-you-mean.ts';
import type { StateNodeInfo } from './graph-types.ts';

/** Resolves a transition's target from its source node: the node, or why it cannot be found. */
export type ResolveTarget = (source: StateNodeInfo, target: string) => StateNodeInfo | string;

/**
 * A resolver over the nodes of pass 1 (by id; children by id too), following
 * XState v5's rules: a sibling name, `.child` or `#id.path`.
 */
export function targetResolver(states: ReadonlyMap<string, StateNodeInfo>): ResolveTarget {
  // Children by key, per parent: a linear search made resolving 10,000 targets quadratic.
  const childIndex = new Map<StateNodeInfo, Map<string, StateNodeInfo>>();
  const childByKey = (node: StateNodeInfo, key: string): StateNodeInfo | undefined => {
    let byKey = childIndex.get(node);
    if (byKey === undefined) {
      byKey = new Map();
      for (const childId of node.children) {
        const child = states.get(childId);
        if (child !== undefined && !byKey.has(child.key)) byKey.set(child.key, child);
      }
      childIndex.set(node, byKey);
    }
    return byKey.get(key);
  };

  /** Walks a dotted path of child keys; returns the node or a message. */
  const walk = (start: StateNodeInfo, segments: readonly string[]): StateNodeInfo | string => {
    let current = start;
    for (const segment of segments) {
      if (segment.length === 0) break;
      const next = childByKey(current, segment);
      if (next === undefined) {
        const names = current.children.map((c) => states.get(c)?.key ?? '');
        const where = current.parent === null ? 'at the top level' : `inside '${current.key}'`;
        return names.length === 0
          ? `state '${current.key}' has no child states, so '${segment}' cannot be found`
          : `unknown state '${segment}' ${where}${didYouMean(segment, names)}`;
      }
      current = next;
    }
    return current;
  };

  // A '#id.path' target means the same from every source, and large files repeat them.
  const byId = new Map<string, StateNodeInfo | string>();
  const resolveId = (target: string): StateNodeInfo | string => {
    let resolved = byId.get(target);
    if (resolved === undefined) {
      const [head = '', ...rest] = target.slice(1).split('.');
      const start = states.get(head);
      resolved =
        start === undefined
          ? `unknown state id '#${head}'${didYouMean(head, states.keys())}`
          : walk(start, rest);
      byId.set(target, resolved);
    }
    return resolved;
  };

  return (source, target) => {
    if (target.startsWith('#')) return resolveId(target);
    if (target.startsWith('.')) return walk(source, target.slice(1).split('.'));
    const parent = source.parent === null ? undefined : states.get(source.parent);
    if (parent === undefined) {
      return `'${target}' is not a valid target from the machine itself - did you mean '.${target}'?`;
    }
    // A plain sibling name, the usual case, needs no splitting.
    if (target.length > 0 && !target.includes('.')) return walk(parent, [target]);
    return walk(parent, target.split('.'));
  };
}
