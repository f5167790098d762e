import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { ActiveClock } from './active-clock.ts';

describe('ActiveClock without a host (replay)', () => {
  it('fires due timers in due order, reporting each due time while it fires', () => {
    const clock = new ActiveClock();
    const fired: string[] = [];
    clock.setTimeout(() => fired.push(`b@${clock.now()}`), 300);
    clock.setTimeout(() => fired.push(`a@${clock.now()}`), 100);
    clock.setTimeout(() => fired.push(`c@${clock.now()}`), 300);
    clock.advanceTo(250);
    expect(fired).toEqual(['a@100']);
    expect(clock.now()).toBe(250);
    clock.advanceTo(1000);
    expect(fired).toEqual(['a@100', 'b@300', 'c@300']);
    expect(clock.now()).toBe(1000);
  });

  it('chains a timer set while firing from the due time, not from the target', () => {
    const clock = new ActiveClock();
    const fired: number[] = [];
    clock.setTimeout(() => {
      fired.push(clock.now());
      clock.setTimeout(() => fired.push(clock.now()), 100);
    }, 100);
    clock.advanceTo(10_000);
    expect(fired).toEqual([100, 200]);
  });

  it('cancels timers and never goes back in time', () => {
    const clock = new ActiveClock();
    let fired = false;
    const id = clock.setTimeout(() => (fired = true), 50);
    clock.clearTimeout(id);
    clock.advanceTo(100);
    clock.advanceTo(40);
    expect(fired).toBe(false);
    expect(clock.now()).toBe(100);
    expect(clock.pending).toBe(0);
  });

  it('flushDue fires only what is due now', () => {
    const clock = new ActiveClock();
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(clock.now()), 0);
    clock.setTimeout(() => fired.push(clock.now()), 10);
    clock.flushDue();
    expect(fired).toEqual([0]);
    expect(clock.nextDue()).toBe(10);
  });
});

describe('ActiveClock on a host (SimulatedClock)', () => {
  it('wakes when a timer is due and counts only active time', () => {
    const host = new SimulatedClock();
    const clock = new ActiveClock({ host });
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(clock.now()), 1000);
    host.increment(999);
    expect(fired).toEqual([]);
    host.increment(1);
    expect(fired).toEqual([1000]);
  });

  it('keeps the remaining time over a pause and restarts on resume', () => {
    const host = new SimulatedClock();
    const clock = new ActiveClock({ host });
    const fired: number[] = [];
    clock.setTimeout(() => fired.push(clock.now()), 1000);
    host.increment(600);
    clock.pause();
    host.increment(50_000);
    expect(clock.now()).toBe(600);
    expect(fired).toEqual([]);
    clock.resume();
    host.increment(399);
    expect(fired).toEqual([]);
    host.increment(1);
    expect(fired).toEqual([1000]);
    expect(clock.now()).toBe(1000);
  });

  it('reports due times when the host wakes late, so chained timers match a replay', () => {
    const host = new SimulatedClock();
    const clock = new ActiveClock({ host });
    const fired: number[] = [];
    const chain = (): void => {
      fired.push(clock.now());
      if (fired.length < 3) clock.setTimeout(chain, 100);
    };
    clock.setTimeout(chain, 100);
    host.increment(1000);
    expect(fired).toEqual([100, 200, 300]);
    expect(clock.now()).toBe(1000);
  });

  it('advanceTo jumps a running clock forward and keeps running from there', () => {
    const host = new SimulatedClock();
    const clock = new ActiveClock({ host, paused: true });
    clock.advanceTo(5000);
    clock.resume();
    host.increment(10);
    expect(clock.now()).toBe(5010);
  });
});
