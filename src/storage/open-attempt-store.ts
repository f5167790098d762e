import type { AttemptDatabase } from './attempt-database.ts';
import type * as DatabaseModuleNamespace from './attempt-database.ts';
import type { AttemptStore, StorageProblem } from './attempt-store.ts';
import type * as DexieStoreModuleNamespace from './dexie-attempt-store.ts';
import { MemoryAttemptStore } from './memory-attempt-store.ts';
import { isVersionError, NEWER_VERSION, UNAVAILABLE } from './storage-problems.ts';

type DatabaseModule = typeof DatabaseModuleNamespace;
type DexieStoreModule = typeof DexieStoreModuleNamespace;

/** Options of {@link openAttemptStore}; the defaults are the browser's. */
export interface OpenAttemptStoreOptions {
  /** Database name (tests use their own). */
  name?: string;
  /** The IndexedDB factory; defaults to the global one. `undefined` means there is none. */
  indexedDB?: IDBFactory | undefined;
  /** The matching key range class; defaults to the global one. */
  IDBKeyRange?: typeof IDBKeyRange;
  /** Give up on a database that does not open within this many ms (blocked); default 5000. */
  timeoutMs?: number;
  /** Wall clock for `updatedAt`; defaults to `Date.now`. */
  now?: () => number;
}

/** The global IndexedDB factory, or undefined where there is none or reading it throws. */
function globalIndexedDB(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    // Some sandboxed frames throw a SecurityError on mere access.
    return undefined;
  }
}

const TIMED_OUT = Symbol('timed out');

/**
 * Opens the attempt store: the browser's database when it works, otherwise
 * (no IndexedDB, private window, blocked, too slow, a newer version open elsewhere)
 * a memory store with `durable: false` and a plain `problem`. Never rejects.
 */
export async function openAttemptStore(
  options: OpenAttemptStoreOptions = {},
): Promise<AttemptStore> {
  const { now, timeoutMs = 5000 } = options;
  const inMemory = (problem: StorageProblem): AttemptStore =>
    new MemoryAttemptStore(now === undefined ? { problem } : { problem, now });
  const factory = 'indexedDB' in options ? options.indexedDB : globalIndexedDB();
  const keyRange =
    options.IDBKeyRange ?? (typeof IDBKeyRange === 'undefined' ? undefined : IDBKeyRange);
  if (factory === undefined || keyRange === undefined) return inMemory(UNAVAILABLE);

  // Dexie is loaded here, not with the page: the first screen can render while it arrives.
  let modules: [DatabaseModule, DexieStoreModule];
  try {
    modules = await Promise.all([
      import('./attempt-database.ts'),
      import('./dexie-attempt-store.ts'),
    ]);
  } catch {
    return inMemory(UNAVAILABLE);
  }
  const [{ AttemptDatabase, DATABASE_NAME }, dexieStore] = modules;
  let db: AttemptDatabase;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    db = new AttemptDatabase(
      options.name ?? DATABASE_NAME,
      { indexedDB: factory, IDBKeyRange: keyRange },
      undefined,
      // An upgrade under way is progress, not a blocked database: rewriting a big store
      // may take longer than the timeout, and giving up would lose this tab's practice.
      () => clearTimeout(timer),
    );
  } catch {
    return inMemory(UNAVAILABLE);
  }
  const opened = db.open().then(
    () => true as const,
    (error: unknown) => error,
  );
  const timedOut = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
  });
  const outcome = await Promise.race([opened, timedOut]);
  clearTimeout(timer);
  if (outcome === true)
    return new dexieStore.DexieAttemptStore(db, now === undefined ? {} : { now });
  // Too slow: memory for this tab; a late connection is closed so it blocks nobody.
  if (outcome === TIMED_OUT) void opened.then(() => db.close());
  else db.close();
  return inMemory(isVersionError(outcome) ? NEWER_VERSION : UNAVAILABLE);
}
