import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DexieAttemptStore } from './dexie-attempt-store.ts';
import { openAttemptStore } from './open-attempt-store.ts';
import { testLog } from './test-attempts.ts';

async function tab(name: string): Promise<DexieAttemptStore> {
  const store = await openAttemptStore({ name });
  if (!(store instanceof DexieAttemptStore)) throw new Error('expected the database store');
  return store;
}

describe('change notifications', () => {
  it('reach the other tabs of the same database after a durable write', async () => {
    const [writer, reader] = [await tab('tabs'), await tab('tabs')];
    const heard = new Promise<void>((resolve) => reader.subscribe(resolve));
    let writerHeard = 0;
    const stop = writer.subscribe(() => writerHeard++);
    await writer.create(testLog('a1'));
    await heard;
    expect(writerHeard).toBe(1); // its own change, once (a channel never hears itself)
    expect(await reader.get('a1')).toBeDefined();
    stop();
    writer.close();
    reader.close();
  });
});
