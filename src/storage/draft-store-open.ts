import type { AttemptDatabase } from './attempt-database.ts';
import type * as DexieDraftModule from './draft-store-dexie.ts';
import type { DraftStore } from './draft-store.ts';
import { DRAFTS_NEWER_VERSION, DRAFTS_UNAVAILABLE } from './draft-store-problems.ts';
import { MemoryDraftStore } from './draft-store-memory.ts';
import { isVersionError } from './storage-problems.ts';

/** Options of {@link openDraftStore}; the defaults are the browser's. */
export interface OpenDraftStoreOptions {
  /** Database name (tests use their own). */
  name?: string;
  /** The IndexedDB factory; defaults to the global one. `undefined` means there is none. */
  indexedDB?: IDBFactory | undefined;
  /** The matching key range class; defaults to the global one. */
  IDBKeyRange?: typeof IDBKeyRange;
  /** Give up on a database that does not open within this many ms (blocked); default 5000. */
  timeoutMs?: number;
}

/** The global IndexedDB factory, or undefined where there is none or reading it throws. */
function globalIndexedDB(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    return undefined;
  }
}

/**
 * Opens the studio's drafts: the `drafts` table of the app's database when it opens,
 * otherwise (no IndexedDB, private window, blocked, a newer version open elsewhere) a
 * memory store with `durable: false` and a plain `problem`. Never rejects.
 */
export async function openDraftStore(options: OpenDraftStoreOptions = {}): Promise<DraftStore> {
  const factory = 'indexedDB' in options ? options.indexedDB : globalIndexedDB();
  const keyRange =
    options.IDBKeyRange ?? (typeof IDBKeyRange === 'undefined' ? undefined : IDBKeyRange);
  if (factory === undefined || keyRange === undefined) {
    return new MemoryDraftStore(DRAFTS_UNAVAILABLE);
  }
  let db: AttemptDatabase;
  let dexieStore: typeof DexieDraftModule;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const [database, store] = await Promise.all([
      import('./attempt-database.ts'),
      import('./draft-store-dexie.ts'),
    ]);
    dexieStore = store;
    db = new database.AttemptDatabase(
      options.name ?? database.DATABASE_NAME,
      { indexedDB: factory, IDBKeyRange: keyRange },
      undefined,
      // Rewriting a big attempt store is progress, not a blocked database.
      () => clearTimeout(timer),
    );
  } catch {
    return new MemoryDraftStore(DRAFTS_UNAVAILABLE);
  }
  const opened = db.open().then(
    () => true as const,
    (error: unknown) => error,
  );
  const timedOut = new Promise<'timed out'>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), options.timeoutMs ?? 5000);
  });
  const outcome = await Promise.race([opened, timedOut]);
  clearTimeout(timer);
  if (outcome === true) return new dexieStore.DexieDraftStore(db);
  if (outcome === 'timed out') void opened.then(() => db.close());
  else db.close();
  return new MemoryDraftStore(isVersionError(outcome) ? DRAFTS_NEWER_VERSION : DRAFTS_UNAVAILABLE);
}
