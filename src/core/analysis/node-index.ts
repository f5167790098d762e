import type { EngineContext } from '../scenario/engine-vocabulary.ts';
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

/**
 * Reduced contexts, each stored once and named by a small number: a 10,000-state scenario
 * has a quarter of a million nodes but only a few hundred contexts, so nodes and the
 * memo tables of the exploration index by these numbers instead of hashing contexts.
 */
export class ContextTable {
  /** The reduced contexts, by id. */
  readonly list: EngineContext[] = [];
  private readonly ids = new Map<string, number>();
  private readonly reduce: (context: EngineContext) => EngineContext;

  constructor(private readonly reads: GuardReads) {
    this.reduce = reducer(reads);
  }

  /** The id of a context's reduction; the first context seen with it is stored. */
  id(context: EngineContext): number {
    // String(mood) tells every number apart (and -0 from 0 not, as guards do not either).
    let key = String(this.reads.mood ? context.mood : 0);
    for (const flag of this.reads.flags) key += context.flags[flag] === true ? '1' : '0';
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(this.reduce(context));
      this.ids.set(key, id);
    }
    return id;
  }
}

/**
 * A table of numbers by (row, column), -1 when unset, in one flat typed array (a node
 * lookup per decision must not chase pointers): rows are fixed, columns (context ids)
 * double when one does not fit.
 */
export class Grid {
  private cells: Int32Array;
  private columns = 8;

  constructor(private readonly rows: number) {
    this.cells = new Int32Array(rows * this.columns).fill(-1);
  }

  /** The value at (row, column), or -1. */
  get(row: number, column: number): number {
    return column < this.columns ? (this.cells[row * this.columns + column] ?? -1) : -1;
  }

  /** Stores a value; `row` must be below the row count. */
  set(row: number, column: number, value: number): void {
    if (column >= this.columns) this.widen(column + 1);
    this.cells[row * this.columns + column] = value;
  }

  private widen(atLeast: number): void {
    let columns = this.columns;
    while (columns < atLeast) columns *= 2;
    const cells = new Int32Array(this.rows * columns).fill(-1);
    for (let row = 0; row < this.rows; row++) {
      cells.set(this.cells.subarray(row * this.columns, (row + 1) * this.columns), row * columns);
    }
    this.cells = cells;
    this.columns = columns;
  }
}
