import type { LayoutInput } from './layout-types.ts';

/**
 * Each node's layer, top to bottom: the longest path to it from a node nobody links to (or
 * from the first node, the start), ignoring the links that close a loop. Iterative, so a
 * 10,000-state scenario cannot overflow the stack. Nodes only reachable through a loop
 * still get a layer.
 */
export function layerRanks(input: LayoutInput): Map<string, number> {
  const next = new Map<string, string[]>();
  for (const id of input.nodes) next.set(id, []);
  for (const [, source, target] of input.edges) {
    if (source !== target && next.has(target)) next.get(source)?.push(target);
  }
  // Depth-first from the start, then from every node not reached yet: the finishing order,
  // reversed, is a topological order once the links back into the stack are left out.
  const onStack = new Set<string>();
  const done = new Set<string>();
  const back = new Set<string>();
  const finished: string[] = [];
  const visit = (root: string): void => {
    const stack: { id: string; at: number }[] = [{ id: root, at: 0 }];
    onStack.add(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; at: number };
      const targets = next.get(top.id) ?? [];
      if (top.at < targets.length) {
        const target = targets[top.at++] as string;
        if (onStack.has(target)) back.add(linkKey(top.id, target));
        else if (!done.has(target)) {
          onStack.add(target);
          stack.push({ id: target, at: 0 });
        }
        continue;
      }
      stack.pop();
      onStack.delete(top.id);
      done.add(top.id);
      finished.push(top.id);
    }
  };
  for (const id of input.nodes) if (!done.has(id)) visit(id);

  const ranks = new Map<string, number>();
  for (let i = finished.length - 1; i >= 0; i--) {
    const id = finished[i] as string;
    const rank = ranks.get(id) ?? 0;
    ranks.set(id, rank);
    for (const target of next.get(id) ?? []) {
      if (back.has(linkKey(id, target))) continue;
      ranks.set(target, Math.max(ranks.get(target) ?? 0, rank + 1));
    }
  }
  return ranks;
}

function linkKey(source: string, target: string): string {
  return `${source}\u241f${target}`;
}
