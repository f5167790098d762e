import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { MissingAttemptError } from './attempt-changes.ts';
import type { AttemptQuery, AttemptStore, AttemptStatus } from './attempt-store.ts';
import { DexieAttemptStore } from './dexie-attempt-store.ts';
import { MemoryAttemptStore } from './memory-attempt-store.ts';
import { openAttemptStore } from './open-attempt-store.ts';
import { testLog, testScorecard, withEvent } from './test-attempts.ts';

let dbCount = 0;
const opened: DexieAttemptStore[] = [];

/** Both stores follow the same contract; the clock moves 1 ms per write. */
const kinds: [string, (now: () => number) => Promise<AttemptStore>][] = [
  ['memory', (now) => Promise.resolve(new MemoryAttemptStore({ now }))],
  [
    'dexie',
    async (now) => {
      const store = await openAttemptStore({ name: `contract-${++dbCount}`, now });
      if (!(store instanceof DexieAttemptStore)) throw new Error('expected the database store');
      opened.push(store);
      return store;
    },
  ],
];

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe.each(kinds)('the %s attempt store', (kind, make) => {
  let tick = 0;
  const now = () => 2_000_000_000_000 + ++tick;

  it('creates an in-progress attempt from the log header', async () => {
    const store = await make(now);
    expect(store.durable).toBe(kind === 'dexie');
    expect(store.problem).toBeUndefined();
    const log = testLog('a1', { trainee: 'Ana', scenarioId: 's1', mode: 'assessment' });
    await store.create(log);
    expect(await store.get('a1')).toEqual({
      attemptId: 'a1',
      trainee: 'Ana',
      scenarioId: 's1',
      scenarioFingerprint: 'test-chase',
      mode: 'assessment',
      status: 'in-progress',
      startedAt: log.startedAt,
      updatedAt: expect.any(Number) as number,
      log,
    });
    expect(await store.get('nope')).toBeUndefined();
  });

  it('records the whole log; a shorter (stale) log never overwrites a longer one', async () => {
    const store = await make(now);
    const log0 = testLog('a1');
    await store.create(log0);
    const log1 = withEvent(log0);
    const log2 = withEvent(log1);
    await store.record(log1.events[0]!, log1);
    await store.record(log2.events[1]!, log2);
    await store.record(log1.events[0]!, log1);
    await store.create(log0);
    expect((await store.get('a1'))?.log).toEqual(log2);
    // Idempotent: the same log again changes nothing that matters.
    await store.record(log2.events[1]!, log2);
    expect((await store.get('a1'))?.log.events).toHaveLength(2);
  });

  it('stores a record for an attempt it never saw created', async () => {
    const store = await make(now);
    const log = withEvent(testLog('a1'));
    await store.record(log.events[0]!, log);
    expect(await store.get('a1')).toMatchObject({ status: 'in-progress', log });
  });

  it('finishes with a scorecard and abandons only in-progress attempts', async () => {
    const store = await make(now);
    await store.create(testLog('done'));
    await store.create(testLog('left'));
    await store.finish('done', testScorecard(80));
    await store.abandon('left');
    await store.abandon('done');
    expect(await store.get('done')).toMatchObject({
      status: 'finished',
      scorecard: testScorecard(80),
    });
    expect(await store.get('left')).toMatchObject({ status: 'abandoned' });
    // A stale tab recording later keeps the log but never revives the attempt.
    const longer = withEvent(testLog('left'));
    await store.record(longer.events[0]!, longer);
    expect(await store.get('left')).toMatchObject({ status: 'abandoned', log: longer });
    await expect(store.finish('ghost', testScorecard(1))).rejects.toBeInstanceOf(
      MissingAttemptError,
    );
    await expect(store.abandon('ghost')).rejects.toBeInstanceOf(MissingAttemptError);
  });

  it('hands out copies: changing what it returned changes nothing stored', async () => {
    const store = await make(now);
    const log = testLog('a1');
    await store.create(log);
    log.events.push(withEvent(log).events[0]!);
    const got = await store.get('a1');
    got!.log.events.push(withEvent(log).events[0]!);
    got!.status = 'finished';
    expect(await store.get('a1')).toMatchObject({ status: 'in-progress', log: { events: [] } });
  });

  it('lists by trainee, scenario and status, newest first', async () => {
    const store = await make(now);
    const trainees = ['Ana', 'Ben'];
    const scenarios = ['s1', 's2', 's3'];
    const statuses: AttemptStatus[] = ['in-progress', 'finished', 'abandoned'];
    let n = 0;
    for (const trainee of trainees) {
      for (const scenarioId of scenarios) {
        for (const status of statuses) {
          const id = `a${++n}`;
          // Start times interleave so that newest-first is not insertion order.
          await store.create(testLog(id, { trainee, scenarioId, startedAt: (n * 7919) % 101 }));
          if (status === 'finished') await store.finish(id, testScorecard(n));
          if (status === 'abandoned') await store.abandon(id);
        }
      }
    }
    const all = await store.list();
    expect(all).toHaveLength(18);
    expect(all.map((a) => a.startedAt)).toEqual(
      [...all.map((a) => a.startedAt)].sort((a, b) => b - a),
    );
    const queries: AttemptQuery[] = [];
    for (const trainee of [undefined, ...trainees]) {
      for (const scenarioId of [undefined, ...scenarios]) {
        for (const status of [undefined, ...statuses]) {
          const query: AttemptQuery = {};
          if (trainee !== undefined) query.trainee = trainee;
          if (scenarioId !== undefined) query.scenarioId = scenarioId;
          if (status !== undefined) query.status = status;
          queries.push(query);
        }
      }
    }
    for (const query of queries) {
      const expected = all.filter(
        (a) =>
          (query.trainee === undefined || a.trainee === query.trainee) &&
          (query.scenarioId === undefined || a.scenarioId === query.scenarioId) &&
          (query.status === undefined || a.status === query.status),
      );
      expect(await store.list(query), JSON.stringify(query)).toEqual(expected);
    }
  });

  it('tells subscribers after each write that changed something', async () => {
    const store = await make(now);
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    const log = testLog('a1');
    await store.create(log);
    expect(calls).toBe(1);
    const longer = withEvent(log);
    await store.record(longer.events[0]!, longer);
    expect(calls).toBe(2);
    await store.record(longer.events[0]!, log); // stale: nothing changes
    expect(calls).toBe(2);
    await store.finish('a1', testScorecard(50));
    expect(calls).toBe(3);
    unsubscribe();
    await store.create(testLog('a2'));
    expect(calls).toBe(3);
  });
});
