/** What ordering needs of a turn: its state, how early it was reached and first seen. */
export interface OrderedTurn {
  /** The state id. */
  state: string;
  /** Earliest turn index it was seen at: orders turns the paths do not order. */
  depth: number;
  /** Order of first sight, for turns at the same depth. */
  seen: number;
}

/** Earlier-reached first, then first seen: the order among turns the paths leave free. */
const earlier = (a: OrderedTurn, b: OrderedTurn): number => a.depth - b.depth || a.seen - b.seen;

/** A binary min-heap of turns by `earlier`, so ordering thousands of states stays fast. */
class TurnHeap<T extends OrderedTurn> {
  private readonly items: T[] = [];
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = items[parent] as T;
      if (earlier(p, item) <= 0) break;
      items[i] = p;
      i = parent;
    }
    items[i] = item;
  }
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= items.length) break;
      const r = l + 1;
      const child = r < items.length && earlier(items[r] as T, items[l] as T) < 0 ? r : l;
      if (earlier(items[child] as T, last) >= 0) break;
      items[i] = items[child] as T;
      i = child;
    }
    items[i] = last;
    return top;
  }
}

/**
 * The turns in conversation order: a turn comes after every turn that preceded it on
 * some attempt's path (a topological order of what was played), earlier-reached and
 * first-seen turns first among those free to come next. A path that loops back makes a
 * cycle; it is broken at the earliest-reached turn still waiting.
 */
export function conversationOrder<T extends OrderedTurn>(
  tallies: readonly T[],
  follows: ReadonlyMap<string, ReadonlySet<string>>,
): T[] {
  const byState = new Map(tallies.map((t) => [t.state, t]));
  const waiting = new Map<string, number>();
  for (const nexts of follows.values()) {
    for (const next of nexts) waiting.set(next, (waiting.get(next) ?? 0) + 1);
  }
  const ready = new TurnHeap<T>();
  for (const t of tallies) if (!waiting.has(t.state)) ready.push(t);
  // Every turn in `earlier` order: where a cycle blocks, the first one not yet placed goes next.
  const fallback = [...tallies].sort(earlier);
  let nextFallback = 0;
  const placed = new Set<string>();
  const ordered: T[] = [];
  while (ordered.length < tallies.length) {
    let next = ready.pop();
    if (next !== undefined && placed.has(next.state)) continue;
    while (next === undefined) {
      const candidate = fallback[nextFallback++] as T;
      if (!placed.has(candidate.state)) next = candidate;
    }
    placed.add(next.state);
    ordered.push(next);
    for (const after of follows.get(next.state) ?? []) {
      const count = (waiting.get(after) ?? 0) - 1;
      waiting.set(after, count);
      const tally = byState.get(after);
      if (count === 0 && tally !== undefined && !placed.has(after)) ready.push(tally);
    }
  }
  return ordered;
}
