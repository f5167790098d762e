import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistence, storageUsage } from './storage-usage.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A navigator whose storage manager is `storage`. */
const withStorage = (storage: unknown): void => {
  vi.stubGlobal('navigator', { storage });
};

describe('storageUsage', () => {
  it('reports what the browser estimates and whether it keeps the data', async () => {
    withStorage({
      estimate: () => Promise.resolve({ usage: 12_345_678, quota: 2_000_000_000 }),
      persisted: () => Promise.resolve(true),
    });
    expect(await storageUsage()).toEqual({
      usedBytes: 12_345_678,
      quotaBytes: 2_000_000_000,
      persisted: true,
    });
  });

  it('calls the storage manager as its own methods (browsers throw on a detached call)', async () => {
    const storage = {
      used: 10,
      estimate(this: { used: number }) {
        return Promise.resolve({ usage: this.used, quota: 100 });
      },
      persisted(this: unknown) {
        return Promise.resolve(this === storage ? false : true);
      },
    };
    withStorage(storage);
    expect(await storageUsage()).toEqual({ usedBytes: 10, quotaBytes: 100, persisted: false });
  });

  it('leaves out what the browser does not say', async () => {
    withStorage({ estimate: () => Promise.resolve({ usage: 5 }) });
    expect(await storageUsage()).toEqual({
      usedBytes: 5,
      quotaBytes: undefined,
      persisted: undefined,
    });
    withStorage({
      estimate: () => Promise.resolve({ usage: Number.NaN, quota: -1 }),
      persisted: () => Promise.resolve('yes'),
    });
    expect(await storageUsage()).toEqual({
      usedBytes: undefined,
      quotaBytes: undefined,
      persisted: undefined,
    });
  });

  it('never rejects: no storage manager, no navigator, or one that fails', async () => {
    const nothing = { usedBytes: undefined, quotaBytes: undefined, persisted: undefined };
    withStorage(undefined);
    expect(await storageUsage()).toEqual(nothing);
    vi.stubGlobal('navigator', undefined);
    expect(await storageUsage()).toEqual(nothing);
    withStorage({
      estimate: () => Promise.reject(new DOMException('denied', 'SecurityError')),
      persisted: () => {
        throw new TypeError('Illegal invocation');
      },
    });
    expect(await storageUsage()).toEqual(nothing);
    vi.stubGlobal('navigator', {
      get storage(): never {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(await storageUsage()).toEqual(nothing);
  });
});

describe('requestPersistence', () => {
  it('asks the browser and gives its answer', async () => {
    const storage = {
      persist: vi.fn(() => Promise.resolve(true)),
    };
    withStorage(storage);
    expect(await requestPersistence()).toBe(true);
    expect(storage.persist).toHaveBeenCalledOnce();
    withStorage({ persist: () => Promise.resolve(false) });
    expect(await requestPersistence()).toBe(false);
  });

  it('gives false when it cannot ask, and never rejects', async () => {
    withStorage({});
    expect(await requestPersistence()).toBe(false);
    vi.stubGlobal('navigator', undefined);
    expect(await requestPersistence()).toBe(false);
    withStorage({ persist: () => Promise.reject(new Error('no')) });
    expect(await requestPersistence()).toBe(false);
    withStorage({
      persist: () => {
        throw new Error('no');
      },
    });
    expect(await requestPersistence()).toBe(false);
  });
});
