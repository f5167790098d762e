import 'fake-indexeddb/auto';
import { failingDatabase, quotaError } from './failing-database.ts';
import { describe, expect, it } from 'vitest';
import type { AttemptStore } from './attempt-store.ts';
import { DexieAttemptStore } from './dexie-attempt-store.ts';
import { MemoryAttemptStore } from './memory-attempt-store.ts';
import { openAttemptStore } from './open-attempt-store.ts';
import { QUOTA, UNAVAILABLE, WRITE_FAILED } from './storage-problems.ts';
import { testLog, testScorecard, withEvent } from './test-attempts.ts';

let count = 0;
const uniqueName = (): string => `fallback-${++count}`;

const PRIVATE_WINDOW_MESSAGE =
  'This browser is not letting Extra Mile save your practice (private window?). You can keep playing; download your attempt at the end to keep it.';

function expectMemoryWith(store: AttemptStore, message: string): void {
  expect(store).toBeInstanceOf(MemoryAttemptStore);
  expect(store.durable).toBe(false);
  expect(store.problem?.message).toBe(message);
}

/** An IndexedDB factory whose `open` does what the test says. */
const factory = (open: () => unknown): IDBFactory => ({ open }) as unknown as IDBFactory;

describe('openAttemptStore', () => {
  it('opens the browser database when IndexedDB works', async () => {
    const store = await openAttemptStore({ name: uniqueName() });
    expect(store).toBeInstanceOf(DexieAttemptStore);
    expect(store.durable).toBe(true);
    expect(store.problem).toBeUndefined();
    (store as DexieAttemptStore).close();
  });

  it('keeps attempts in memory, saying why in plain words, when there is no IndexedDB', async () => {
    const store = await openAttemptStore({ indexedDB: undefined });
    expectMemoryWith(store, PRIVATE_WINDOW_MESSAGE);
    expect(store.problem?.kind).toBe('unavailable');
    // And it still works as a store.
    await store.create(testLog('a1'));
    expect(await store.list()).toHaveLength(1);
  });

  it('falls back to memory when opening throws (private window, blocked by policy)', async () => {
    const store = await openAttemptStore({
      name: uniqueName(),
      indexedDB: factory(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    });
    expectMemoryWith(store, PRIVATE_WINDOW_MESSAGE);
  });

  it('falls back to memory when the open request fails', async () => {
    const store = await openAttemptStore({
      name: uniqueName(),
      indexedDB: factory(() => {
        const request: Record<string, unknown> = {};
        queueMicrotask(() => {
          request.error = new DOMException(
            'A mutation operation was attempted',
            'InvalidStateError',
          );
          const onerror = request.onerror as ((event: unknown) => void) | undefined;
          onerror?.({ target: request, preventDefault() {}, stopPropagation() {} });
        });
        return request;
      }),
    });
    expectMemoryWith(store, PRIVATE_WINDOW_MESSAGE);
  });

  it('never waits forever: a database that does not open in time gives memory', async () => {
    const store = await openAttemptStore({
      name: uniqueName(),
      indexedDB: factory(() => ({})), // a request that never answers
      timeoutMs: 20,
    });
    expectMemoryWith(store, PRIVATE_WINDOW_MESSAGE);
  });
});

describe('a write the browser refuses', () => {
  it('switches to memory for the tab on a quota error, losing nothing', async () => {
    const { db, failing } = failingDatabase(uniqueName(), quotaError);
    const store = new DexieAttemptStore(db);
    let changes = 0;
    store.subscribe(() => changes++);
    await store.create(testLog('older', { startedAt: 1 }));
    await store.finish('older', testScorecard(70));
    let log = testLog('current', { startedAt: 2 });
    await store.create(log);
    log = withEvent(log);
    await store.record(log.events[0]!, log);
    expect(store.durable).toBe(true);

    failing.on = true;
    log = withEvent(log);
    const before = changes;
    await expect(store.record(log.events[1]!, log)).resolves.toBeUndefined();
    expect(store.durable).toBe(false);
    expect(store.problem).toEqual(QUOTA);
    expect(store.problem?.kind).toBe('quota');
    expect(changes).toBe(before + 1);
    expect((await store.get('current'))?.log).toEqual(log);

    // Play goes on in memory, to the end.
    log = withEvent(log);
    await store.record(log.events[2]!, log);
    await store.finish('current', testScorecard(90));
    expect(await store.get('current')).toMatchObject({
      status: 'finished',
      log,
      scorecard: testScorecard(90),
    });
    // What was stored stays stored and is still listed, with the memory copies merged in.
    expect((await store.list()).map((a) => [a.attemptId, a.status, a.log.events.length])).toEqual([
      ['current', 'finished', 3],
      ['older', 'finished', 0],
    ]);
    expect(await store.list({ status: 'in-progress' })).toEqual([]);
    expect(await db.attempts.get('current')).toMatchObject({
      status: 'in-progress',
      log: { events: [log.events[0]] },
    });
    // New attempts live in memory too.
    await store.create(testLog('later', { startedAt: 3 }));
    expect((await store.list({ status: 'in-progress' })).map((a) => a.attemptId)).toEqual([
      'later',
    ]);
    // Even once the database gets writable again, this tab stays in memory (one truth per tab).
    failing.on = false;
    await store.abandon('later');
    expect(await db.attempts.get('later')).toBeUndefined();
    expect(await store.get('later')).toMatchObject({ status: 'abandoned' });
    store.close();
  });

  it('switches to memory on any other failed write, with its own message', async () => {
    const { db, failing } = failingDatabase(
      uniqueName(),
      () => new DOMException('closed', 'UnknownError'),
    );
    const store = new DexieAttemptStore(db);
    await store.create(testLog('a1'));
    failing.on = true;
    await store.abandon('a1');
    expect(store.problem).toEqual(WRITE_FAILED);
    expect(await store.get('a1')).toMatchObject({ status: 'abandoned' });
    expect(await db.attempts.get('a1')).toMatchObject({ status: 'in-progress' });
    store.close();
  });

  it('keeps the problem messages plain and distinct', () => {
    expect(UNAVAILABLE.message).toBe(PRIVATE_WINDOW_MESSAGE);
    expect(new Set([UNAVAILABLE, QUOTA, WRITE_FAILED].map((p) => p.message)).size).toBe(3);
  });
});
