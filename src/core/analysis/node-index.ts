import type { ScenarioGraph } from '../scenario/graph-types.ts';
import type { EngineContext } from '../scenario/semantics.ts';
import type { GuardReads } from './guard-reads.ts';

const NO_FLAGS: Readonly<Record<string, boolean>> = Object.freeze({});

/** Reduces a context to what guards read (mood 0 when no guard reads it). */
export function reducer(reads: GuardReads): (context: EngineContext) => EngineContext {
  if (reads.flags.length === 0) {
    return (context) => ({ mood: reads.mood ? context.mood : 0, flags: NO_FLAGS });
  }
  return (context) => {
    const flags: Record<string, boolean> = {};
    for (const flag of reads.flags) flags[flag] = context.flags[flag] === true;
    return { mood: reads.mood ? context.mood : 0, flags };
  };
}

/** Numeric keys below this many get a dense lookup table (4 bytes each) instead of a Map. */
const DENSE_KEYS = 1 << 22;

/**
 * Node identities: a number when the mood is a whole 0..100 and at most 20 flags are
 * tracked (the common case: a dense table, no hashing), else a string in a Map.
 */
export class NodeIndex {
  private readonly leafIndex: Map<string, number>;
  private readonly dense: Int32Array | null;
  private readonly sparse = new Map<number | string, number>();

  constructor(
    graph: ScenarioGraph,
    private readonly reads: GuardReads,
  ) {
    this.leafIndex = new Map(graph.order.map((id, i) => [id, i]));
    const size = graph.order.length * 101 * 2 ** reads.flags.length;
    this.dense =
      reads.flags.length <= 20 && size <= DENSE_KEYS ? new Int32Array(size).fill(-1) : null;
  }

  /** The key of a leaf and context: only what guards read takes part. */
  key(leaf: string, context: EngineContext): number | string {
    const { flags } = this.reads;
    const mood = this.reads.mood ? context.mood : 0;
    const index = this.leafIndex.get(leaf) ?? -1;
    if (flags.length <= 20 && Number.isInteger(mood) && mood >= 0 && mood <= 100 && index >= 0) {
      let bits = 0;
      for (const flag of flags) bits = bits * 2 + (context.flags[flag] === true ? 1 : 0);
      return (index * 101 + mood) * 2 ** flags.length + bits;
    }
    const bits = flags.map((flag) => (context.flags[flag] === true ? '1' : '0')).join('');
    return `${leaf}\u0000${mood}\u0000${bits}`;
  }

  /** The node with this key, if known. */
  get(key: number | string): number | undefined {
    if (typeof key === 'number' && this.dense !== null) {
      const found = this.dense[key] ?? -1;
      return found < 0 ? undefined : found;
    }
    return this.sparse.get(key);
  }

  /** Records a new node. */
  set(key: number | string, node: number): void {
    if (typeof key === 'number' && this.dense !== null) this.dense[key] = node;
    else this.sparse.set(key, node);
  }
}
