/** How much of the browser's storage this site uses, and whether the browser promised to keep it. */
export interface StorageUsage {
  /** Bytes this site stores; undefined when the browser does not say. */
  usedBytes: number | undefined;
  /** Bytes this site may store; undefined when the browser does not say. */
  quotaBytes: number | undefined;
  /** Whether the browser will keep the data when space runs low; undefined when it does not say. */
  persisted: boolean | undefined;
}

/** The browser's storage manager, or undefined where there is none (older browsers, tests, insecure pages). */
function storageManager(): Partial<StorageManager> | undefined {
  try {
    if (typeof navigator === 'undefined') return undefined;
    const storage = navigator.storage as Partial<StorageManager> | undefined;
    return typeof storage === 'object' && storage !== null ? storage : undefined;
  } catch {
    return undefined;
  }
}

/** A byte count the browser reported, or undefined for anything that is not one. */
function bytes(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** Runs a question to the browser; an answer it cannot give (missing, throws, rejects) is undefined. */
async function ask<T>(question: (() => Promise<T>) | undefined): Promise<T | undefined> {
  if (question === undefined) return undefined;
  try {
    return await question();
  } catch {
    return undefined;
  }
}

/** This site's storage use and persistence, as far as the browser tells; never rejects. */
export async function storageUsage(): Promise<StorageUsage> {
  const storage = storageManager();
  const estimate = storage?.estimate;
  const persisted = storage?.persisted;
  const [estimated, kept] = await Promise.all([
    ask(typeof estimate === 'function' ? () => estimate.call(storage) : undefined),
    ask(typeof persisted === 'function' ? () => persisted.call(storage) : undefined),
  ]);
  return {
    usedBytes: bytes(estimated?.usage),
    quotaBytes: bytes(estimated?.quota),
    persisted: typeof kept === 'boolean' ? kept : undefined,
  };
}

/**
 * Asks the browser to keep this site's data when space runs low (it may ask the user or
 * decide by itself). Resolves to whether it will; false when it cannot be asked. Never rejects.
 */
export async function requestPersistence(): Promise<boolean> {
  const storage = storageManager();
  const persist = storage?.persist;
  if (typeof persist !== 'function') return false;
  return (await ask(() => persist.call(storage))) === true;
}
