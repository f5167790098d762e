import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AttemptDatabase, SCHEMA, type SchemaVersion } from './attempt-database.ts';
import type { StoredAttempt } from './attempt-store.ts';
import { DexieAttemptStore } from './dexie-attempt-store.ts';
import { openAttemptStore } from './open-attempt-store.ts';
import { testLog, testScorecard, withEvent } from './test-attempts.ts';

let count = 0;
const uniqueName = (): string => `migration-${++count}`;

/** An example of the next version, written exactly as the pattern in attempt-database.ts says. */
const EXAMPLE_V2: SchemaVersion = {
  version: 2,
  stores: {
    attempts:
      'attemptId, trainee, scenarioId, status, startedAt, updatedAt, [trainee+scenarioId], [trainee+status], [scenarioId+status]',
  },
  upgrade: (tx) =>
    tx
      .table<StoredAttempt & { reviewed?: boolean }, string>('attempts')
      .toCollection()
      .modify((row) => {
        row.reviewed = false;
      }),
};

/** 30 attempts of every status written by the v1 schema, then the database closed. */
async function seedV1(name: string): Promise<StoredAttempt[]> {
  const store = new DexieAttemptStore(new AttemptDatabase(name));
  for (let i = 0; i < 30; i++) {
    const id = `a${i}`;
    let log = testLog(id, { trainee: `t${i % 3}`, scenarioId: `s${i % 4}`, startedAt: i });
    await store.create(log);
    log = withEvent(log);
    await store.record(log.events[0]!, log);
    if (i % 3 === 1) await store.finish(id, testScorecard(i));
    if (i % 3 === 2) await store.abandon(id);
  }
  const rows = await store.list();
  store.close();
  return rows;
}

describe('the extra-mile database', () => {
  it('declares v1 with the indexes the review and the player query by', async () => {
    const db = new AttemptDatabase(uniqueName());
    await db.open();
    expect(SCHEMA[0]?.version).toBe(1);
    expect(db.verno).toBe(SCHEMA[SCHEMA.length - 1]?.version);
    const table = db.table('attempts');
    expect(table.schema.primKey.name).toBe('attemptId');
    expect(table.schema.indexes.map((i) => i.name).sort()).toEqual(
      [
        'trainee',
        'scenarioId',
        'status',
        'startedAt',
        'updatedAt',
        '[trainee+scenarioId]',
        '[trainee+status]',
      ].sort(),
    );
    db.close();
  });

  it('keeps every attempt when the same version is opened again (a reload)', async () => {
    const name = uniqueName();
    const before = await seedV1(name);
    const store = await openAttemptStore({ name });
    expect(store.durable).toBe(true);
    expect(await store.list()).toEqual(before);
    (store as DexieAttemptStore).close();
  });

  it('an appended version keeps every attempt of v1 and upgrades their rows', async () => {
    const name = uniqueName();
    const before = await seedV1(name);
    expect(before).toHaveLength(30);

    const db = new AttemptDatabase(name, {}, [...SCHEMA, EXAMPLE_V2]);
    await db.open();
    expect(db.verno).toBe(2);
    const store = new DexieAttemptStore(db);
    const after = await store.list();
    expect(
      after.map(({ reviewed: _r, ...row }: StoredAttempt & { reviewed?: boolean }) => row),
    ).toEqual(before);
    expect(after.every((row) => (row as { reviewed?: boolean }).reviewed === false)).toBe(true);
    // The old indexes still answer, and the new one exists.
    expect(await store.list({ trainee: 't1', status: 'finished' })).toHaveLength(10);
    expect(
      await db.attempts.where('[scenarioId+status]').equals(['s0', 'in-progress']).count(),
    ).toBe(before.filter((a) => a.scenarioId === 's0' && a.status === 'in-progress').length);
    // And the store goes on writing.
    await store.create(testLog('new'));
    expect(await store.list()).toHaveLength(31);
    store.close();
  });

  it('a page older than the database (a newer tab upgraded it) still reads and writes it', async () => {
    const name = uniqueName();
    await seedV1(name);
    const newer = new AttemptDatabase(name, {}, [
      ...SCHEMA,
      EXAMPLE_V2,
      { version: 3, stores: { notes: 'id' } },
    ]);
    await newer.open();
    newer.close();
    // Dexie 4 opens a newer database whose tables and indexes it knows.
    const store = await openAttemptStore({ name });
    expect(store.durable).toBe(true);
    expect(await store.list({ trainee: 't0' })).toHaveLength(10);
    await store.create(testLog('from-the-old-page'));
    expect(await store.list()).toHaveLength(31);
    (store as DexieAttemptStore).close();
  });
});
