import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkShipped, playPath } from '../../core/xapi/testing/shipped-paths.ts';
import { statementsOf, TEST_BASE, throughJson } from '../../core/xapi/testing/statement-checks.ts';
import { MemoryAttemptStore } from '../../storage/memory-attempt-store.ts';
import { importFromLrs, type StatementsQuery, type StatementsReader } from './lrs-import.ts';

const FILE = 'scenarios/into-the-email-void.yaml';
const [shipped] = checkShipped([{ file: FILE, text: readFileSync(FILE, 'utf8') }]);
if (shipped === undefined) throw new Error('no scenario');
const { loaded, analysis } = shipped;
const BASE = TEST_BASE;
const SOURCE = 'the LRS at https://lrs.example.com/xapi/';

type Stored = Record<string, unknown> & { stored: number };

/** Statements of a finished attempt, stored in the fake LRS at `stored` (epoch ms) each. */
function attempt(id: string, stored: number, startedAt: number): Stored[] {
  const log = playPath(loaded, analysis.modelAnswer ?? [], { attemptId: id, startedAt });
  const statements = throughJson(statementsOf(loaded, log, 'finished'));
  return (statements as unknown as Record<string, unknown>[]).map((s, i) => ({
    ...s,
    stored: stored + i,
  }));
}

/** An LRS that answers queries by activity (in context too), registration and stored time, in pages of 3. */
function fakeLrs(statements: Stored[]) {
  const queries: StatementsQuery[] = [];
  const read: StatementsReader = async function* (query) {
    queries.push(query);
    const matching = statements.filter((s) => {
      const context = s.context as { registration?: string; contextActivities?: object };
      if (query.registration !== undefined && context.registration !== query.registration)
        return false;
      if (query.activity !== undefined) {
        const ids = JSON.stringify([s.object, context.contextActivities]);
        if (!ids.includes(`"${query.activity}"`)) return false;
      }
      if (query.since !== undefined && s.stored <= Date.parse(query.since)) return false;
      if (query.until !== undefined && s.stored > Date.parse(query.until)) return false;
      return true;
    });
    for (let i = 0; i < matching.length; i += 3) {
      yield await Promise.resolve(matching.slice(i, i + 3).map(({ stored: _, ...s }) => s));
    }
  };
  return { read, queries };
}

describe('importFromLrs', () => {
  it('loads the attempts stored in the range whole, verified by replay, and only once', async () => {
    // The second attempt's statements straddle the start of the range: it is read whole.
    const lrs = fakeLrs([
      ...attempt('lrs-old', 1_000, Date.UTC(2026, 0, 1)),
      ...attempt('lrs-a', 9_995, Date.UTC(2026, 0, 2)),
      ...attempt('lrs-b', 20_000, Date.UTC(2026, 0, 3)),
      { id: 'foreign', stored: 20_500, context: {}, object: { id: BASE }, verb: { id: 'x' } },
    ]);
    const store = new MemoryAttemptStore();
    const options = { read: lrs.read, store, scenarios: [loaded], source: SOURCE, now: 50_000 };
    const outcome = await importFromLrs({ activityBase: BASE, since: 10_000 }, options);
    expect(outcome).toEqual({
      read: 2,
      added: 2,
      alreadyHere: 0,
      verified: 2,
      altered: 0,
      cannotVerify: 0,
      broken: [],
      ignored: 0,
    });
    expect((await store.list()).map((a) => a.attemptId).sort()).toEqual(['lrs-a', 'lrs-b']);
    expect((await store.get('lrs-a'))?.verification).toMatchObject({
      status: 'verified',
      source: SOURCE,
    });
    expect(lrs.queries[0]).toEqual({
      activity: BASE,
      related_activities: true,
      since: new Date(10_000).toISOString(),
    });

    const again = await importFromLrs(
      { activityBase: BASE, since: 10_000 },
      { ...options, now: 60_000 },
    );
    expect(again).toMatchObject({ read: 2, added: 0, alreadyHere: 2, verified: 0 });
  });

  it('asks about one scenario when told to, and names registrations that do not make an attempt', async () => {
    const statements = attempt('lrs-c', 1_000, Date.UTC(2026, 0, 4));
    const lrs = fakeLrs(statements.filter((_, i) => i !== 3));
    const store = new MemoryAttemptStore();
    const outcome = await importFromLrs(
      { activityBase: BASE, scenarioId: loaded.scenario.id },
      { read: lrs.read, store, scenarios: [loaded], source: SOURCE, now: 1 },
    );
    expect(lrs.queries[0]?.activity).toBe(`${BASE}/scenarios/${loaded.scenario.id}`);
    expect(outcome.read).toBe(0);
    expect(outcome.broken.join(' ')).toMatch(/missing/);
    expect(await store.list()).toEqual([]);
  });

  it('reads the base as the statements were built: a trailing slash is the same base, a bad one is named', async () => {
    const lrs = fakeLrs(attempt('lrs-d', 1_000, Date.UTC(2026, 0, 5)));
    const options = {
      read: lrs.read,
      store: new MemoryAttemptStore(),
      scenarios: [loaded],
      source: SOURCE,
      now: 1,
    };
    expect((await importFromLrs({ activityBase: `${BASE}/` }, options)).added).toBe(1);
    await expect(importFromLrs({ activityBase: 'not an iri' }, options)).rejects.toThrow(
      /is not an absolute IRI/,
    );
  });
});
