import type { StateStorage } from 'zustand/middleware';

/**
 * A key-value storage that never throws: it writes to the browser's storage when it can
 * and keeps values in memory when it cannot (private windows, blocked cookies, a full
 * quota), so a preference still works for this tab instead of crashing the app.
 */
export function createSafeStorage(getStorage: () => Storage | undefined): StateStorage {
  const memory = new Map<string, string>();
  const backing = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined; // reading `window.localStorage` itself throws when it is blocked
    }
  };
  return {
    getItem(name) {
      const kept = memory.get(name);
      if (kept !== undefined) return kept;
      try {
        return backing()?.getItem(name) ?? null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      try {
        const storage = backing();
        if (storage !== undefined) {
          storage.setItem(name, value);
          memory.delete(name);
          return;
        }
      } catch {
        // fall through: keep it in memory
      }
      memory.set(name, value);
    },
    removeItem(name) {
      memory.delete(name);
      try {
        backing()?.removeItem(name);
      } catch {
        // nothing stored there, nothing to remove
      }
    },
  };
}

/** The browser's localStorage behind {@link createSafeStorage}. */
export const safeLocalStorage: StateStorage = createSafeStorage(() => globalThis.localStorage);
