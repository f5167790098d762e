import 'fake-indexeddb/auto';
import { failingDatabase, quotaError } from './failing-database.ts';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReviewAttempt } from '../core/review/review-types.ts';
import type { AttemptStore } from './attempt-store.ts';
import { DexieAttemptStore } from './dexie-attempt-store.ts';
import { MemoryAttemptStore } from './memory-attempt-store.ts';
import { openAttemptStore } from './open-attempt-store.ts';
import { fromReview, summaryOf } from './review-rows.ts';
import { ImportFailedError, QUOTA } from './storage-problems.ts';
import { testLog, testReviewAttempt, testScorecard, withEvent } from './test-attempts.ts';

let dbCount = 0;
const uniqueName = (): string => `review-${++dbCount}`;
const opened: DexieAttemptStore[] = [];

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** Both stores follow the same contract; the clock moves 1 ms per write. */
const kinds: [string, (now: () => number) => Promise<AttemptStore>][] = [
  ['memory', (now) => Promise.resolve(new MemoryAttemptStore({ now }))],
  [
    'dexie',
    async (now) => {
      const store = await openAttemptStore({ name: uniqueName(), now });
      if (!(store instanceof DexieAttemptStore)) throw new Error('expected the database store');
      opened.push(store);
      return store;
    },
  ],
];

/** Every attempt's summary, as the store's rows say it should be. */
async function expectSummariesInStep(store: AttemptStore): Promise<void> {
  const rows = await store.list();
  expect(await store.listSummaries()).toEqual(rows.map(summaryOf));
}

/** `n` imported attempts over 7 trainees and 5 scenarios, start times interleaved. */
function batch(n: number, prefix = 'imp'): ReviewAttempt[] {
  return Array.from({ length: n }, (_, i) =>
    testReviewAttempt(`${prefix}-${i}`, {
      trainee: `Trainee ${i % 7}`,
      scenarioId: `s${i % 5}`,
      startedAt: 1_700_000_000_000 + ((i * 7919) % 100_003),
      overall: i % 101,
    }),
  );
}

describe.each(kinds)('the %s store for the review', (_kind, make) => {
  let tick = 0;
  const now = () => 2_000_000_000_000 + ++tick;

  it('writes each attempt’s summary with it: create, record, finish, abandon', async () => {
    const store = await make(now);
    let log = testLog('done', { trainee: 'Ana', startedAt: 1 });
    await store.create(log);
    await store.create(testLog('left', { trainee: 'Ben', startedAt: 2 }));
    await expectSummariesInStep(store);
    log = withEvent(log);
    await store.record(log.events[0]!, log);
    await expectSummariesInStep(store);
    await store.finish('done', testScorecard(72));
    await store.abandon('left');
    await expectSummariesInStep(store);
    const summaries = await store.listSummaries();
    expect(summaries.map((s) => [s.attemptId, s.status, s.overall, s.pass, s.ending])).toEqual([
      ['left', 'abandoned', null, null, null],
      ['done', 'finished', 72, true, 'Stayed'],
    ]);
    expect(summaries[1]).toMatchObject({
      trainee: 'Ana',
      activeMs: 1000,
      verification: 'local',
      updatedAt: (await store.get('done'))?.updatedAt,
      turns: [{ state: 'greet', choice: 'o0', replyMs: 1000, budgetMs: 8000, missedBetter: false }],
    });
    // A write that changes nothing leaves the summary as it was.
    await store.record(log.events[0]!, testLog('done'));
    await store.abandon('done');
    await expectSummariesInStep(store);
    expect((await store.listSummaries())[1]?.status).toBe('finished');
  });

  it('hands out summaries as copies', async () => {
    const store = await make(now);
    await store.create(testLog('a1'));
    const [summary] = await store.listSummaries();
    summary!.trainee = 'Someone else';
    summary!.turns.push({ state: 'x', choice: 'y', replyMs: 1, budgetMs: 1, missedBetter: true });
    expect((await store.listSummaries())[0]).toMatchObject({ trainee: 'Sam', turns: [] });
  });

  it('imports attempts with their verification and summaries, newest first', async () => {
    const store = await make(now);
    await store.create(testLog('local', { startedAt: 1_700_000_050_000 }));
    const attempts = batch(20);
    attempts[3]!.verification = {
      status: 'altered',
      problems: ['overall is 96 in the file, 41 by replay'],
      importedAt: 1_700_000_300_000,
      source: 'Ana’s attempt, café.json',
      claimed: testScorecard(96),
    };
    expect(await store.importAttempts(attempts)).toEqual({ added: 20, skipped: 0 });
    expect(await store.get('imp-3')).toEqual(fromReview(attempts[3]!));
    expect(await store.get('imp-3')).toMatchObject({ verification: { status: 'altered' } });
    const summaries = await store.listSummaries();
    expect(summaries).toHaveLength(21);
    expect(summaries.map((s) => s.startedAt)).toEqual(
      summaries.map((s) => s.startedAt).sort((a, b) => b - a),
    );
    expect(summaries.find((s) => s.attemptId === 'imp-3')?.verification).toBe('altered');
    expect(summaries.find((s) => s.attemptId === 'imp-4')?.verification).toBe('verified');
    await expectSummariesInStep(store);
    // What is imported is indexed like any attempt.
    expect(await store.list({ trainee: 'Trainee 3', scenarioId: 's3' })).toHaveLength(1);
  });

  it('never overwrites a stored attempt: the same ids again are skipped, byte for byte', async () => {
    const store = await make(now);
    let log = testLog('imp-1', { trainee: 'Played here' });
    await store.create(log);
    log = withEvent(log);
    await store.record(log.events[0]!, log);
    await store.importAttempts(batch(3));
    const before = await store.list();
    const summariesBefore = await store.listSummaries();

    const again = batch(5).map((a) => ({ ...a, status: 'abandoned' as const, updatedAt: 9 }));
    expect(await store.importAttempts(again)).toEqual({ added: 2, skipped: 3 });
    const after = await store.list();
    for (const row of before) {
      const now = after.find((a) => a.attemptId === row.attemptId);
      expect(JSON.stringify(now)).toBe(JSON.stringify(row));
    }
    expect(after).toHaveLength(before.length + 2);
    const kept = (await store.listSummaries()).filter((s) =>
      summariesBefore.some((b) => b.attemptId === s.attemptId),
    );
    expect(kept).toEqual(summariesBefore);
    expect(await store.get('imp-1')).toMatchObject({
      trainee: 'Played here',
      status: 'in-progress',
    });
  });

  it('stores an id that comes twice in one batch once, the first', async () => {
    const store = await make(now);
    const first = testReviewAttempt('twice', { overall: 10 });
    const second = testReviewAttempt('twice', { overall: 90 });
    expect(await store.importAttempts([first, second, testReviewAttempt('once')])).toEqual({
      added: 2,
      skipped: 1,
    });
    expect((await store.get('twice'))?.scorecard?.overall).toBe(10);
    expect(await store.importAttempts([])).toEqual({ added: 0, skipped: 0 });
  });

  it('keeps no reference to what it was given', async () => {
    const store = await make(now);
    const attempt = testReviewAttempt('a1');
    await store.importAttempts([attempt]);
    attempt.log.events.length = 0;
    attempt.verification!.problems.push('changed later');
    expect(await store.get('a1')).toMatchObject({
      log: { events: [{}, {}] },
      verification: { problems: [] },
    });
  });

  it('tells subscribers once per import that added something', async () => {
    const store = await make(now);
    let calls = 0;
    store.subscribe(() => calls++);
    await store.importAttempts(batch(50));
    expect(calls).toBe(1);
    await store.importAttempts(batch(50));
    expect(calls).toBe(1);
  });

  it('rejects a batch holding something that is not an attempt, storing none of it', async () => {
    const store = await make(now);
    const bad = [testReviewAttempt('fine'), { status: 'finished' }] as unknown as ReviewAttempt[];
    await expect(store.importAttempts(bad)).rejects.toThrow(
      'Item 2 of the import is not an attempt (it has no event log with an id), so nothing was imported.',
    );
    await expect(store.importAttempts('nope' as unknown as ReviewAttempt[])).rejects.toThrow(
      'The import is not a list of attempts, so nothing was imported.',
    );
    expect(await store.list()).toEqual([]);
  });

  it('gives many attempts by id, in the order asked, leaving out unknown ids', async () => {
    const store = await make(now);
    await store.importAttempts(batch(4));
    const got = await store.getMany(['imp-2', 'ghost', 'imp-0', 'imp-2']);
    expect(got.map((a) => a.attemptId)).toEqual(['imp-2', 'imp-0']);
    got[0]!.trainee = 'changed';
    expect((await store.get('imp-2'))?.trainee).toBe('Trainee 2');
    expect(await store.getMany([])).toEqual([]);
  });

  it('imports 10,000 attempts, each with its summary', async () => {
    const store = await make(now);
    await store.create(testLog('imp-17'));
    const attempts = batch(10_000);
    expect(await store.importAttempts(attempts)).toEqual({ added: 9_999, skipped: 1 });
    const summaries = await store.listSummaries();
    expect(summaries).toHaveLength(10_000);
    expect(new Set(summaries.map((s) => s.attemptId)).size).toBe(10_000);
    expect(summaries.filter((s) => s.verification === 'verified')).toHaveLength(9_999);
    expect(await store.list({ trainee: 'Trainee 0' })).toHaveLength(1_429);
    const sample = await store.getMany(['imp-0', 'imp-5000', 'imp-9999']);
    expect(sample).toEqual(
      [attempts[0], attempts[5000], attempts[9999]].map((a) => fromReview(a!)),
    );
    expect(await store.importAttempts(attempts)).toEqual({ added: 0, skipped: 10_000 });
  }, 60_000);
});

describe('an import the browser refuses', () => {
  it('leaves the store as it was on a quota error half-way, and says so plainly', async () => {
    // Summaries are written after the attempts: failing them proves the attempts roll back.
    const { db, failing } = failingDatabase(uniqueName(), quotaError, 'summaries');
    const store = new DexieAttemptStore(db);
    opened.push(store);
    await store.create(testLog('played'));
    await store.importAttempts(batch(10, 'old'));
    const before = await store.list();
    const summariesBefore = await store.listSummaries();
    let calls = 0;
    store.subscribe(() => calls++);

    failing.on = true;
    const importing = store.importAttempts([...batch(10, 'old'), ...batch(500, 'new')]);
    await expect(importing).rejects.toBeInstanceOf(ImportFailedError);
    await expect(importing).rejects.toMatchObject({
      kind: 'quota',
      message:
        "This browser's storage is full, so none of the 510 attempts were imported. Nothing already stored has changed. Export a backup and free some space, or import fewer files at once.",
    });
    expect(await store.list()).toEqual(before);
    expect(await store.listSummaries()).toEqual(summariesBefore);
    expect(await db.attempts.count()).toBe(11);
    expect(calls).toBe(0);
    // The tab stays on the database: play's small writes may well still fit.
    expect(store.durable).toBe(true);
    expect(store.problem).toBeUndefined();
    failing.on = false;
    expect(await store.importAttempts(batch(500, 'new'))).toEqual({ added: 500, skipped: 0 });
  });

  it('says so in other words for any other refusal', async () => {
    const { db, failing } = failingDatabase(
      uniqueName(),
      () => new DOMException('x', 'UnknownError'),
      'attempts',
    );
    const store = new DexieAttemptStore(db);
    opened.push(store);
    failing.on = true;
    await expect(store.importAttempts([testReviewAttempt('a1')])).rejects.toMatchObject({
      kind: 'failed',
      message:
        'Extra Mile could not save to this browser, so the attempt was not imported. Nothing already stored has changed. Try again; if it keeps failing, reload the page.',
    });
    expect(await store.list()).toEqual([]);
  });

  it('in memory mode (after a failed write) imports into memory, never over what the database holds', async () => {
    const { db, failing } = failingDatabase(uniqueName(), quotaError, 'attempts');
    const store = new DexieAttemptStore(db);
    opened.push(store);
    await store.importAttempts(batch(3));
    failing.on = true;
    await store.create(testLog('in-memory'));
    expect(store.problem).toEqual(QUOTA);

    const attempts = batch(6).map((a) => ({ ...a, updatedAt: 5 }));
    expect(await store.importAttempts([...attempts, testReviewAttempt('in-memory')])).toEqual({
      added: 3,
      skipped: 4,
    });
    expect(await store.list()).toHaveLength(7);
    expect((await store.get('imp-0'))?.updatedAt).toBe(1_700_000_100_000);
    expect((await store.get('imp-5'))?.updatedAt).toBe(5);
    expect(await db.attempts.count()).toBe(3);
    const summaries = await store.listSummaries();
    expect(summaries).toEqual((await store.list()).map(summaryOf));
    expect((await store.getMany(['imp-5', 'imp-0', 'in-memory'])).map((a) => a.attemptId)).toEqual([
      'imp-5',
      'imp-0',
      'in-memory',
    ]);
  });
});
