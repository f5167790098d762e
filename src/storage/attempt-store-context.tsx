import { attemptWrites } from './attempt-writes.ts';
import { createContext, use, useEffect, useState, type ReactNode } from 'react';
import type { AttemptStore } from './attempt-store.ts';
import { MemoryAttemptStore } from './memory-attempt-store.ts';
import { openAttemptStore } from './open-attempt-store.ts';

const AttemptStoreContext = createContext<AttemptStore | undefined>(undefined);

/** Outside a provider (component tests, previews) attempts live in this tab's memory. */
const OUTSIDE_PROVIDER: AttemptStore = new MemoryAttemptStore();

let shared: Promise<AttemptStore> | undefined;

/** This tab's attempt store, opened on first use and shared by every caller after. */
export function sharedAttemptStore(): Promise<AttemptStore> {
  // Writes are reported, so the xAPI outbox (when an LRS is set up) hears of each reply.
  shared ??= openAttemptStore().then((store) => attemptWrites.observe(store));
  return shared;
}

/** The attempt store of the nearest {@link AttemptStoreProvider} (a memory store outside one). */
export function useAttemptStore(): AttemptStore {
  return use(AttemptStoreContext) ?? OUTSIDE_PROVIDER;
}

/** Props of {@link AttemptStoreProvider}. */
export interface AttemptStoreProviderProps {
  /** What needs the store. */
  children: ReactNode;
  /** A store, or a stable promise of one; defaults to {@link sharedAttemptStore}. */
  store?: AttemptStore | Promise<AttemptStore>;
}

/** Stores whose promise has settled, so a later render can use them without waiting. */
const opened = new WeakMap<Promise<AttemptStore>, AttemptStore>();

/**
 * Gives its children the attempt store. While the browser's database opens (a few ms;
 * at most the open timeout, after which memory is used) it shows a short loading line,
 * so no attempt can start before the trainee's unfinished one can be found. State, not
 * Suspense: React holds back a suspended boundary's content for a few hundred ms after
 * its fallback, which the trainee would feel on every start.
 */
export function AttemptStoreProvider({ children, store }: AttemptStoreProviderProps) {
  const source = store ?? sharedAttemptStore();
  const ready = source instanceof Promise ? opened.get(source) : source;
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (!(source instanceof Promise)) return undefined;
    // Also when already open: it may have opened between this render and the effect.
    let live = true;
    void source.then((value) => {
      opened.set(source, value);
      if (live) setArrived((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [source]);
  if (ready === undefined) return <p role="status">Loading your practice…</p>;
  return <AttemptStoreContext value={ready}>{children}</AttemptStoreContext>;
}
