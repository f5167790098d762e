import { createContext, Suspense, use, type ReactNode } from 'react';
import type { AttemptStore } from './attempt-store.ts';
import { MemoryAttemptStore } from './memory-attempt-store.ts';
import { openAttemptStore } from './open-attempt-store.ts';

const AttemptStoreContext = createContext<AttemptStore | undefined>(undefined);

/** Outside a provider (component tests, previews) attempts live in this tab's memory. */
const OUTSIDE_PROVIDER: AttemptStore = new MemoryAttemptStore();

let shared: Promise<AttemptStore> | undefined;

/** This tab's attempt store, opened on first use and shared by every caller after. */
export function sharedAttemptStore(): Promise<AttemptStore> {
  shared ??= openAttemptStore();
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

/**
 * Gives its children the attempt store. While the browser's database opens (a few ms;
 * at most the open timeout, after which memory is used) it shows a short loading line,
 * so no attempt can start before the trainee's unfinished one can be found.
 */
export function AttemptStoreProvider({ children, store }: AttemptStoreProviderProps) {
  const source = store ?? sharedAttemptStore();
  if (!(source instanceof Promise)) {
    return <AttemptStoreContext value={source}>{children}</AttemptStoreContext>;
  }
  return (
    <Suspense fallback={<p role="status">Loading your practice…</p>}>
      <OpenedStore opening={source}>{children}</OpenedStore>
    </Suspense>
  );
}

function OpenedStore({
  opening,
  children,
}: {
  opening: Promise<AttemptStore>;
  children: ReactNode;
}) {
  const store = use(opening);
  return <AttemptStoreContext value={store}>{children}</AttemptStoreContext>;
}
