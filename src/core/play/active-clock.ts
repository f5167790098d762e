/**
 * The engine's clock: XState's `Clock` counting ACTIVE milliseconds (pauses
 * excluded). It keeps its own timer queue so that the same code runs live (a
 * host wakes it for the earliest due timer) and in replay (no host: time only
 * moves by `advanceTo`). While a timer fires, `now()` reports that timer's due
 * time, so chained `after` timers start from it: a late host wake-up and a
 * replay give the same times.
 */

/** The real (or simulated) timer source that wakes the clock; XState's `SimulatedClock` fits. */
export interface HostClock {
  /** Current host time in ms. */
  now(): number;
  /** Calls `fn` after `ms` host milliseconds; returns an id for `clearTimeout`. */
  setTimeout(fn: () => void, ms: number): unknown;
  /** Cancels a pending `setTimeout`. */
  clearTimeout(id: unknown): void;
}

/** How a clock starts. */
export interface ActiveClockOptions {
  /** Wakes the clock when a timer is due; absent means purely virtual time (replay). */
  host?: HostClock;
  /** Start paused (the session rebuilds a resumed attempt in frozen time). */
  paused?: boolean;
}

interface Timer {
  /** Active ms when it is due. */
  due: number;
  /** Creation order, to fire timers due at the same time in the order they were set. */
  seq: number;
  fn: () => void;
}

/** An XState clock measuring active time, pausable, steppable and replayable. */
export class ActiveClock {
  private readonly host: HostClock | undefined;
  /** Active ms at the moment `anchor` was taken. */
  private base = 0;
  /** Host ms when the clock last started running. */
  private anchor: number;
  private isPaused: boolean;
  /** Due time of the timer being fired, reported by `now()` while it runs. */
  private firingAt: number | null = null;
  private flushing = false;
  private readonly timers = new Map<number, Timer>();
  private nextId = 1;
  private wake: { id: unknown } | null = null;

  /** Creates a clock at active time 0. */
  constructor(options: ActiveClockOptions = {}) {
    this.host = options.host;
    this.anchor = this.host?.now() ?? 0;
    this.isPaused = options.paused ?? false;
  }

  /** Active milliseconds; while a timer fires, its due time. */
  now(): number {
    return this.firingAt ?? this.live();
  }

  /** Whether the clock is paused. */
  get paused(): boolean {
    return this.isPaused;
  }

  /** Number of timers waiting to fire. */
  get pending(): number {
    return this.timers.size;
  }

  /** Active time at which the next timer is due, if any. */
  nextDue(): number | undefined {
    return this.earliest()?.due;
  }

  /** XState's Clock: schedules `fn` after `ms` active milliseconds. */
  setTimeout(fn: () => void, ms: number): number {
    const id = this.nextId++;
    this.timers.set(id, { due: this.now() + Math.max(0, ms), seq: id, fn });
    this.rearm();
    return id;
  }

  /** XState's Clock: cancels a timer. */
  clearTimeout(id: unknown): void {
    if (typeof id === 'number' && this.timers.delete(id)) this.rearm();
  }

  /** Stops active time; pending timers keep their remaining time. */
  pause(): void {
    if (this.isPaused) return;
    this.base = this.live();
    this.isPaused = true;
    this.rearm();
  }

  /** Restarts active time from where it stopped. */
  resume(): void {
    if (!this.isPaused) return;
    this.anchor = this.host?.now() ?? 0;
    this.isPaused = false;
    this.rearm();
  }

  /**
   * Moves active time forward to `t` (never backwards), firing the timers due
   * by then one at a time in due order. Works paused or running, with or without a host.
   */
  advanceTo(t: number): void {
    const target = Math.max(t, this.live());
    this.fire(target);
    this.base = target;
    this.anchor = this.host?.now() ?? 0;
    this.rearm();
  }

  /** Fires the timers whose due time is at or before now. */
  flushDue(): void {
    this.fire(this.live());
  }

  private live(): number {
    if (this.isPaused || this.host === undefined) return this.base;
    return this.base + (this.host.now() - this.anchor);
  }

  private earliest(): (Timer & { id: number }) | undefined {
    let best: (Timer & { id: number }) | undefined;
    for (const [id, timer] of this.timers) {
      if (
        best === undefined ||
        timer.due < best.due ||
        (timer.due === best.due && timer.seq < best.seq)
      ) {
        best = { ...timer, id };
      }
    }
    return best;
  }

  /** Fires due timers in order; timers set while firing are considered too. */
  private fire(limit: number): void {
    // A timer callback may reach back here (through XState or a listener): the outer loop covers it.
    if (this.flushing) return;
    this.flushing = true;
    try {
      for (
        let next = this.earliest();
        next !== undefined && next.due <= limit;
        next = this.earliest()
      ) {
        this.timers.delete(next.id);
        this.firingAt = next.due;
        try {
          next.fn();
        } finally {
          this.firingAt = null;
        }
      }
    } finally {
      this.flushing = false;
      this.rearm();
    }
  }

  /** Asks the host to wake us when the earliest timer is due (only while running). */
  private rearm(): void {
    if (this.flushing || this.host === undefined) return;
    if (this.wake !== null) {
      this.host.clearTimeout(this.wake.id);
      this.wake = null;
    }
    const next = this.earliest();
    if (next === undefined || this.isPaused) return;
    const wake = { id: undefined as unknown };
    wake.id = this.host.setTimeout(
      () => {
        if (this.wake === wake) this.wake = null;
        this.flushDue();
      },
      Math.max(0, next.due - this.live()),
    );
    this.wake = wake;
  }
}
