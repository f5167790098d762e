import type { ScenarioGraph } from '../scenario/graph-types.ts';
import { isStuck, start, take } from '../scenario/semantics.ts';
import { type EngineContext } from '../scenario/engine-vocabulary.ts';
import type { GuardReads } from './guard-reads.ts';
import { IntList } from './int-list.ts';
import { ContextTable, Grid } from './node-index.ts';
import { openCache } from './open-cache.ts';
import type { LoopingStep, ProductGraph } from './product-graph.ts';
import { StepTable } from './step-table.ts';

/** Default cap on product nodes, far above any hand-written scenario. */
export const MAX_PRODUCT_NODES = 1_000_000;

/** Eventless steps followed on ids before asking `take` (which also reports loops). */
const QUICK_MICROSTEPS = 50;

/**
 * Explores the product of leaf states and (reduced) contexts breadth-first with the pure
 * semantics. Only what guards read is kept, so two contexts that no guard can tell apart
 * are one node; this keeps a 10,000-state scenario small. Contexts, open lists and step
 * plans are numbered (ContextTable, openCache, StepTable), so a decision is a few array
 * reads, not a call that allocates a context; eventless transitions are followed the same
 * way, once per (landing leaf, context), and only a long chain of them (a loop, most
 * likely) goes to `take`, which reports the leaves it went through.
 */
export function buildProductGraph(
  graph: ScenarioGraph,
  initial: EngineContext,
  reads: GuardReads,
  maxNodes = MAX_PRODUCT_NODES,
): ProductGraph {
  const leaves = graph.order;
  const leafIndex = new Map(leaves.map((id, i) => [id, i]));
  const finalLeaf = Uint8Array.from(leaves, (id) =>
    graph.states.get(id)?.kind === 'final' ? 1 : 0,
  );
  const contexts = new ContextTable(reads);
  const steps = new StepTable(graph, leafIndex, contexts);
  const open = openCache(graph);
  const nodeOf = new Grid(leaves.length);
  // Per (landing leaf, context) where eventless transitions may fire: the node it settles
  // at, or -2 - k when they never settle (vias[k] holds the leaves they go through).
  const settledAt = new Grid(leaves.length);
  const vias: string[][] = [];
  const nodeLeaf = new IntList();
  const nodeContext = new IntList();
  const nodeOptions = new IntList();
  const nodeTimeouts = new IntList();
  const starts = new IntList();
  const to = new IntList(4096);
  const kinds = new IntList(4096);
  const indexes = new IntList(4096);
  const loops: LoopingStep[] = [];
  let truncated = false;

  const intern = (leaf: number, context: number): number => {
    const known = nodeOf.get(leaf, context);
    if (known >= 0) return known;
    if (nodeLeaf.length >= maxNodes) {
      truncated = true;
      return -1;
    }
    const u = nodeLeaf.length;
    nodeLeaf.push(leaf);
    nodeContext.push(context);
    const id = leaves[leaf] ?? '';
    const reduced = contexts.list[context] ?? initial;
    const final = finalLeaf[leaf] === 1;
    // List 0 is the empty one: nothing is open at an ending.
    nodeOptions.push(final ? 0 : open.options.at(leaf, id, reduced));
    nodeTimeouts.push(final ? 0 : open.timeouts.at(leaf, id, reduced));
    nodeOf.set(leaf, context, u);
    return u;
  };
  const settledNode = (leaf: string, context: EngineContext): number =>
    intern(leafIndex.get(leaf) ?? -1, contexts.id(context));
  // Follows eventless transitions on ids as the semantics' settle does (the first candidate
  // whose guard passes, then its step); null when that takes long.
  const settle = (leaf: number, context: number): number | null => {
    for (let i = 0; i < QUICK_MICROSTEPS; i++) {
      const transition = steps.eventless(leaf, context);
      if (transition === undefined) return intern(leaf, context);
      const step = steps.eventlessStep(leaf, transition);
      context = steps.after(step, context);
      leaf = step.leaf;
    }
    return null;
  };

  const first = start(graph, initial);
  if (isStuck(first)) loops.push({ from: -1, choice: '', via: first.via });
  else settledNode(first.leaf, first.context);

  for (let u = 0; u < nodeLeaf.length && !truncated; u++) {
    starts.push(to.length);
    const leaf = nodeLeaf.get(u);
    const context = nodeContext.get(u);
    const optionList = nodeOptions.get(u);
    const timeoutList = nodeTimeouts.get(u);
    const opts = open.options.lists[optionList] ?? [];
    const outs = open.timeouts.lists[timeoutList] ?? [];
    const optionSteps = steps.stepsFor(0, optionList, leaf, opts);
    const timeoutSteps = steps.stepsFor(1, timeoutList, leaf, outs);
    const count = opts.length + outs.length;
    for (let i = 0; i < count; i++) {
      const isOption = i < opts.length;
      const decision = isOption ? opts[i] : outs[i - opts.length];
      const step = isOption ? optionSteps[i] : timeoutSteps[i - opts.length];
      if (decision === undefined || step === undefined) continue;
      const next = steps.after(step, context);
      let target = step.rests ? intern(step.leaf, next) : settledAt.get(step.leaf, next);
      if (!step.rests && target === -1) {
        // Eventless transitions may fire: settle once, then remember.
        const quick = settle(step.leaf, next);
        if (quick !== null) target = quick;
        else {
          const at = contexts.list[context] ?? initial;
          const result = take(graph, leaves[leaf] ?? '', at, decision.transition);
          if (isStuck(result)) target = -2 - (vias.push(result.via) - 1);
          else target = settledNode(result.leaf, result.context);
        }
        if (target !== -1) settledAt.set(step.leaf, next, target);
      }
      if (target <= -2) {
        loops.push({
          from: u,
          choice: isOption ? (opts[i]?.event ?? '') : 'wait',
          via: vias[-2 - target] ?? [],
        });
        continue;
      }
      if (target < 0) continue;
      to.push(target);
      kinds.push(isOption ? 0 : 1);
      indexes.push(isOption ? i : i - opts.length);
    }
  }
  while (starts.length <= nodeLeaf.length) starts.push(to.length);
  const edgeStart = starts.toArray();
  const edgeFrom = new Int32Array(to.length);
  const final = new Uint8Array(nodeLeaf.length);
  for (let u = 0; u < nodeLeaf.length; u++) {
    for (let e = edgeStart[u] as number; e < (edgeStart[u + 1] as number); e++) edgeFrom[e] = u;
    final[u] = finalLeaf[nodeLeaf.get(u)] as number;
  }
  return {
    size: nodeLeaf.length,
    leaves,
    nodeLeaf: nodeLeaf.toArray(),
    contexts: contexts.list,
    nodeContext: nodeContext.toArray(),
    optionLists: open.options.lists,
    nodeOptions: nodeOptions.toArray(),
    timeoutLists: open.timeouts.lists,
    nodeTimeouts: nodeTimeouts.toArray(),
    final,
    edgeCount: to.length,
    edgeStart,
    edgeFrom,
    edgeTo: to.toArray(),
    edgeKind: Uint8Array.from(kinds.toArray()),
    edgeIndex: indexes.toArray(),
    loops,
    truncated,
  };
}
