/** A growable list of 32-bit integers: pushes without boxing, one typed array at the end. */
export class IntList {
  private data: Int32Array;
  /** Number of values pushed. */
  length = 0;

  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(1, capacity));
  }

  /** Appends a value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(2 * this.data.length);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  /** The value at an index below `length`. */
  get(index: number): number {
    return this.data[index] as number;
  }

  /** The values, in a typed array of their own of exactly `length`. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
