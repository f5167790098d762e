import { describe, expect, it } from 'vitest';
import { createSafeStorage } from './safe-storage.ts';

/** A Storage backed by a Map, optionally refusing every write. */
function mapStorage(refuseWrites = false): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (refuseWrites) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

describe('createSafeStorage', () => {
  it('writes through to the browser storage when it works', () => {
    const backing = mapStorage();
    const storage = createSafeStorage(() => backing);
    void storage.setItem('k', 'v');
    expect(backing.getItem('k')).toBe('v');
    expect(storage.getItem('k')).toBe('v');
    void storage.removeItem('k');
    expect(backing.getItem('k')).toBeNull();
  });

  it('keeps values in memory when the storage cannot be reached', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(storage.getItem('k')).toBeNull();
    void storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
  });

  it('keeps values in memory when a write is refused', () => {
    const storage = createSafeStorage(() => mapStorage(true));
    void storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
    void storage.removeItem('k');
    expect(storage.getItem('k')).toBeNull();
  });

  it('works where there is no storage at all', () => {
    const storage = createSafeStorage(() => undefined);
    void storage.setItem('k', 'v');
    expect(storage.getItem('k')).toBe('v');
  });
});
