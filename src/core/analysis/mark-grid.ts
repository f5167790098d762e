/** Where a dimension's counted marks lie: all multiples of `step`, a power of two (quarters, eighths...). */
export interface MarkGrid {
  /** The largest counted mark. */
  max: number;
  /** The smallest counted mark. */
  min: number;
  /** The grid's spacing. */
  step: number;
}

/** The finest binary grid considered: 1/2^20 (sums of such marks stay exact). */
const FINEST = 20;

/** Collects marks' bounds and the coarsest binary grid they all lie on (NaN: not counted). */
export class GridCheck {
  private max = -Infinity;
  private min = Infinity;
  // log2 of the grid's inverse spacing; past FINEST: on no grid considered.
  private bits = 0;

  /** Takes one mark into account. */
  add(mark: number): void {
    if (Number.isNaN(mark)) return;
    this.max = Math.max(this.max, mark);
    this.min = Math.min(this.min, mark);
    // Scaling by a power of two is exact, so this finds the exponent exactly.
    while (this.bits <= FINEST && !Number.isInteger(mark * 2 ** this.bits)) this.bits++;
  }

  /** The grid, or null when a mark is off every grid considered (or none counted). */
  result(): MarkGrid | null {
    if (this.bits > FINEST || this.max < this.min) return null;
    return { max: this.max, min: this.min, step: 2 ** -this.bits };
  }
}
