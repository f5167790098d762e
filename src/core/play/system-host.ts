import type { HostClock } from './active-clock.ts';

/** The timer and time functions every JavaScript host has, though the ES library does not declare them. */
interface HostGlobals {
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
  performance?: { now(): number };
}

/**
 * The real host clock (browser or Node), read from `globalThis` so that the
 * core needs no DOM or Node typings. Whole milliseconds keep logged times integral.
 */
export function systemHost(): HostClock {
  const host = globalThis as typeof globalThis & HostGlobals;
  const { setTimeout, clearTimeout, performance } = host;
  if (setTimeout === undefined || clearTimeout === undefined) {
    throw new Error('this environment has no setTimeout; pass an ActiveClock with a host');
  }
  const now = performance === undefined ? () => Date.now() : () => Math.floor(performance.now());
  return {
    now,
    setTimeout: (fn, ms) => setTimeout.call(globalThis, fn, ms),
    clearTimeout: (id) => clearTimeout.call(globalThis, id),
  };
}
