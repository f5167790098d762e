import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../core/scoring/scorecard-types.ts';
import { AttemptDatabase, SCHEMA, type SchemaVersion } from './attempt-database.ts';
import type { StoredAttempt } from './attempt-store.ts';
import { DexieAttemptStore } from './dexie-attempt-store.ts';
import { MemoryAttemptStore } from './memory-attempt-store.ts';
import { openAttemptStore } from './open-attempt-store.ts';
import { newestFirst } from './query-attempts.ts';
import { summaryOf } from './review-rows.ts';
import { testLog, testScorecard, withEvent } from './test-attempts.ts';

let count = 0;
const uniqueName = (): string => `migration-${++count}`;

const LATEST = SCHEMA[SCHEMA.length - 1]?.version ?? 0;

/** An example of the next version, written exactly as the pattern in attempt-database.ts says. */
const EXAMPLE_NEXT: SchemaVersion = {
  version: LATEST + 1,
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

/** Opens the current schema through the store, as the app does. */
async function openStore(name: string): Promise<DexieAttemptStore> {
  const store = await openAttemptStore({ name });
  if (!(store instanceof DexieAttemptStore)) throw new Error('expected the database store');
  return store;
}

/**
 * `n` attempts of every status, built by the stores' own rules (so shaped as version 1
 * wrote them), a few with a scorecard of another engine version or of an older shape.
 */
async function v1Rows(n: number): Promise<StoredAttempt[]> {
  const memory = new MemoryAttemptStore({ now: () => 1_800_000_000_000 });
  for (let i = 0; i < n; i++) {
    const id = `a${i}`;
    let log = testLog(id, { trainee: `t${i % 3}`, scenarioId: `s${i % 4}`, startedAt: i });
    await memory.create(log);
    log = withEvent(log);
    await memory.record(log.events[0]!, log);
    if (i % 3 === 1) {
      const scorecard: Scorecard =
        i % 10 === 1
          ? ({ overall: 90, pass: true, engineVersion: '0.1.0' } as unknown as Scorecard)
          : { ...testScorecard(i % 100), engineVersion: i % 2 === 0 ? '0.9.0' : '1.0.0' };
      await memory.finish(id, scorecard);
    }
    if (i % 3 === 2) await memory.abandon(id);
  }
  return memory.list();
}

/** Writes `rows` with a page that knows version 1 only, then closes it. */
async function seedV1(name: string, rows: readonly StoredAttempt[]): Promise<void> {
  const db = new AttemptDatabase(name, {}, SCHEMA.slice(0, 1));
  await db.attempts.bulkAdd([...rows]);
  expect(db.verno).toBe(1);
  db.close();
}

/** 30 attempts written through the store of the current schema, then the database closed. */
async function seedCurrent(name: string): Promise<StoredAttempt[]> {
  const store = await openStore(name);
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
  it('declares the attempts and their summaries with the indexes the review and the player query by', async () => {
    const db = new AttemptDatabase(uniqueName());
    await db.open();
    expect(SCHEMA.map((v) => v.version)).toEqual([1, 2, 3, 4]);
    expect(db.verno).toBe(LATEST);
    const attempts = db.table('attempts');
    expect(attempts.schema.primKey.name).toBe('attemptId');
    expect(attempts.schema.indexes.map((i) => i.name).sort()).toEqual(
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
    const summaries = db.table('summaries');
    expect(summaries.schema.primKey.name).toBe('attemptId');
    expect(summaries.schema.indexes.map((i) => i.name).sort()).toEqual(
      ['trainee', 'scenarioId', 'startedAt'].sort(),
    );
    const drafts = db.table('drafts');
    expect(drafts.schema.primKey.name).toBe('draftId');
    expect(drafts.schema.indexes.map((i) => i.name)).toEqual(['updatedAt']);
    const outbox = db.table('outbox');
    expect(outbox.schema.primKey.name).toBe('statementId');
    expect(outbox.schema.indexes.map((i) => i.name).sort()).toEqual(
      ['attemptId', 'seq', '[state+seq]'].sort(),
    );
    db.close();
  });

  it('keeps every attempt when the same version is opened again (a reload)', async () => {
    const name = uniqueName();
    const before = await seedCurrent(name);
    const store = await openStore(name);
    expect(store.durable).toBe(true);
    expect(await store.list()).toEqual(before);
    expect(await store.listSummaries()).toEqual(before.map(summaryOf));
    store.close();
  });

  it('version 2 keeps every attempt written with version 1 and summarises each of them', async () => {
    const name = uniqueName();
    const before = await v1Rows(30);
    await seedV1(name, before);

    const store = await openStore(name);
    expect(store.durable).toBe(true);
    expect(await store.list()).toEqual(before);
    // The upgrade itself wrote them (read straight from the table, before any listing).
    const db = new AttemptDatabase(name);
    const written = await db.summaries.toArray();
    db.close();
    expect(written).toHaveLength(30);
    expect([...written].sort(newestFirst)).toEqual(before.map(summaryOf));

    const summaries = await store.listSummaries();
    expect(summaries.map((s) => s.attemptId)).toEqual(before.map((a) => a.attemptId));
    const byId = new Map(summaries.map((s) => [s.attemptId, s]));
    // Another engine version's scorecard still gives numbers...
    expect(byId.get('a4')).toMatchObject({ status: 'finished', overall: 4, scores: { tone: 4 } });
    expect(byId.get('a7')).toMatchObject({ status: 'finished', overall: 7, pass: false });
    // ...one of a shape this app cannot read leaves the attempt listed, unscored.
    expect(byId.get('a1')).toMatchObject({ status: 'finished', overall: null, pass: null });
    expect(byId.get('a2')).toMatchObject({ status: 'abandoned', overall: null, ending: null });
    expect(byId.get('a0')).toMatchObject({ status: 'in-progress', verification: 'local' });

    // And the store goes on writing both.
    await store.finish('a0', testScorecard(88));
    expect((await store.listSummaries()).find((s) => s.attemptId === 'a0')?.overall).toBe(88);
    store.close();
  });

  it('versions 3 and 4 keep every attempt and summary written with version 2 and add empty drafts and outbox', async () => {
    const name = uniqueName();
    const before = await v1Rows(30);
    const v2 = new AttemptDatabase(name, {}, SCHEMA.slice(0, 2));
    await v2.attempts.bulkAdd(before);
    await v2.summaries.bulkAdd(before.map(summaryOf));
    expect(v2.verno).toBe(2);
    v2.close();

    const store = await openStore(name);
    expect(await store.list()).toEqual(before);
    expect(await store.listSummaries()).toEqual(before.map(summaryOf));
    store.close();
    const db = new AttemptDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.table('drafts').count()).toBe(0);
    expect(await db.table('outbox').count()).toBe(0);
    await db.table('drafts').put({ draftId: 'd1', name: 'a.yaml', text: 'x', updatedAt: 1 });
    expect(await db.table('drafts').get('d1')).toMatchObject({ name: 'a.yaml' });
    db.close();
  });

  it('the version 2 upgrade summarises more attempts than it reads at once', async () => {
    const name = uniqueName();
    const before = await v1Rows(1234);
    await seedV1(name, before);
    const store = await openStore(name);
    expect(await store.list()).toHaveLength(1234);
    const db = new AttemptDatabase(name);
    expect(await db.summaries.count()).toBe(1234);
    db.close();
    expect(await store.listSummaries()).toEqual(before.map(summaryOf));
    store.close();
  });

  it('an appended version keeps every attempt and upgrades their rows', async () => {
    const name = uniqueName();
    const before = await seedCurrent(name);
    expect(before).toHaveLength(30);

    const db = new AttemptDatabase(name, {}, [...SCHEMA, EXAMPLE_NEXT]);
    await db.open();
    expect(db.verno).toBe(LATEST + 1);
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
    expect(await store.listSummaries()).toHaveLength(30);
    // And the store goes on writing.
    await store.create(testLog('new'));
    expect(await store.list()).toHaveLength(31);
    store.close();
  });

  it('a page older than the database (a newer tab upgraded it) still reads and writes it', async () => {
    const name = uniqueName();
    await seedCurrent(name);
    const newer = new AttemptDatabase(name, {}, [
      ...SCHEMA,
      EXAMPLE_NEXT,
      { version: LATEST + 2, stores: { notes: 'id' } },
    ]);
    await newer.open();
    newer.close();
    // Dexie 4 opens a newer database whose tables and indexes it knows.
    const store = await openStore(name);
    expect(store.durable).toBe(true);
    expect(await store.list({ trainee: 't0' })).toHaveLength(10);
    await store.create(testLog('from-the-old-page'));
    expect(await store.list()).toHaveLength(31);
    expect(await store.listSummaries()).toHaveLength(31);
    store.close();
  });

  it('summaries catch up with what a version 1 page wrote after the upgrade', async () => {
    const name = uniqueName();
    let clock = 1_900_000_000_000;
    const store = await openAttemptStore({ name, now: () => ++clock });
    if (!(store instanceof DexieAttemptStore)) throw new Error('expected the database store');
    for (const [i, id] of ['a', 'b', 'c', 'd', 'e'].entries()) {
      await store.create(testLog(id, { startedAt: i }));
    }
    expect(await store.listSummaries()).toHaveLength(5);

    // A tab still running version 1 writes attempts, and never their summaries: it finishes
    // b then c (they move together to the end of the updatedAt order), and starts f.
    const old = new AttemptDatabase(name, {}, SCHEMA.slice(0, 1));
    for (const id of ['b', 'c']) {
      const row = (await old.attempts.get(id))!;
      await old.attempts.put({
        ...row,
        status: 'finished',
        scorecard: testScorecard(id === 'b' ? 64 : 81),
        updatedAt: ++clock,
      });
    }
    const elsewhere = new MemoryAttemptStore({ now: () => ++clock });
    await elsewhere.create(testLog('f', { startedAt: 5 }));
    await old.attempts.put((await elsewhere.get('f'))!);
    old.close();

    const rows = await store.list();
    expect(await store.listSummaries()).toEqual(rows.map(summaryOf));
    expect((await store.listSummaries()).map((s) => [s.attemptId, s.overall])).toEqual([
      ['f', null],
      ['e', null],
      ['d', null],
      ['c', 81],
      ['b', 64],
      ['a', null],
    ]);
    // Stored too, so the next listing has nothing to catch up.
    const db = new AttemptDatabase(name);
    expect((await db.summaries.toArray()).sort(newestFirst)).toEqual(rows.map(summaryOf));
    db.close();
    store.close();
  });

  it('summaries catch up when an old page rewrites the newest attempt again and again', async () => {
    const name = uniqueName();
    let clock = 1_900_000_000_000;
    const store = await openAttemptStore({ name, now: () => ++clock });
    if (!(store instanceof DexieAttemptStore)) throw new Error('expected the database store');
    for (const id of ['a', 'b']) await store.create(testLog(id));
    expect(await store.listSummaries()).toHaveLength(2);

    // The attempt a version 1 page is playing is the newest, and stays the newest.
    const old = new AttemptDatabase(name, {}, SCHEMA.slice(0, 1));
    for (const overall of [40, 90]) {
      const row = (await old.attempts.get('b'))!;
      await old.attempts.put({
        ...row,
        status: 'finished',
        scorecard: testScorecard(overall),
        updatedAt: ++clock,
      });
      expect((await store.listSummaries()).find((s) => s.attemptId === 'b')?.overall).toBe(overall);
    }
    old.close();
    store.close();
  });
});
