import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AttemptLog } from '../../core/attempt/attempt-log.ts';
import { replay } from '../../core/attempt/replay.ts';
import { scoreAttempt } from '../../core/scoring/score-attempt.ts';
import { attemptsFromStatements } from '../../core/xapi/statements-to-attempts.ts';
import { checkShipped, playPath } from '../../core/xapi/testing/shipped-paths.ts';
import { MemoryAttemptStore } from '../../storage/memory-attempt-store.ts';
import { MemoryStatementOutbox } from '../../storage/statement-outbox-memory.ts';
import type { LrsSettings } from './lrs-settings.ts';
import type { SendOutcome } from './outbox-sender.ts';
import { actorOf, createXapiBridge } from './xapi-bridge.ts';

const FILE = 'scenarios/into-the-email-void.yaml';
const [shipped] = checkShipped([{ file: FILE, text: readFileSync(FILE, 'utf8') }]);
if (shipped === undefined) throw new Error('no scenario');
const { loaded, analysis } = shipped;
const SETTINGS: LrsSettings = {
  endpoint: 'https://lrs.example.com/xapi/',
  authorization: 'Basic eDp5',
  identity: { kind: 'email', email: 'ana@example.com' },
  source: 'manager',
};

function setUp(script: SendOutcome[] = []) {
  const store = new MemoryAttemptStore();
  const outbox = new MemoryStatementOutbox();
  const lrs = new Map<string, object>();
  let sends = 0;
  const bridge = createXapiBridge({
    settings: SETTINGS,
    outbox,
    transport: (statements) => {
      sends++;
      const outcome = script.shift() ?? { kind: 'accepted' };
      if (outcome.kind === 'accepted') {
        for (const s of statements) lrs.set((s as { id: string }).id, s);
      }
      return Promise.resolve(outcome);
    },
    getAttempt: (id) => store.get(id),
    scenarioFor: (id, fingerprint) =>
      Promise.resolve(
        id === loaded.scenario.id && fingerprint === loaded.fingerprint ? loaded : undefined,
      ),
    activityBase: 'https://training.example.com/extra-mile',
    sender: { setTimer: () => 0, clearTimer: () => undefined },
  });
  return { store, outbox, lrs, bridge, sends: () => sends };
}

/** Plays the model answer into the store turn by turn, telling the bridge after each write. */
async function playInto(
  store: MemoryAttemptStore,
  tell: (id: string) => Promise<void>,
  log: AttemptLog,
) {
  await store.create({ ...log, events: [] });
  await tell(log.attemptId);
  for (let i = 0; i < log.events.length; i++) {
    const event = log.events[i];
    if (event === undefined) continue;
    await store.record(event, { ...log, events: log.events.slice(0, i + 1) });
    await tell(log.attemptId);
  }
  const replayed = replay(loaded, log);
  if (!replayed.done) throw new Error('the model answer should finish');
  const scorecard = scoreAttempt(loaded, replayed.turns, replayed.ending ?? null);
  await store.finish(log.attemptId, scorecard);
  await tell(log.attemptId);
}

describe('createXapiBridge', () => {
  it('sends an attempt played turn by turn, each statement once, and it rebuilds exactly', async () => {
    const { store, lrs, bridge, outbox } = setUp();
    const log = playPath(loaded, analysis.modelAnswer ?? [], { attemptId: 'bridge-1' });
    await playInto(store, (id) => bridge.attemptChanged(id), log);
    await bridge.settled();
    expect(await outbox.counts('bridge-1')).toMatchObject({ pending: 0, rejected: 0 });
    const rebuilt = attemptsFromStatements([...lrs.values()]);
    expect(rebuilt.attempts).toHaveLength(1);
    const [attempt] = rebuilt.attempts;
    expect(attempt?.ok && attempt.log).toEqual(log);
    expect(attempt?.ok && attempt.status).toBe('finished');
    expect(bridge.lastProblem()).toBeUndefined();
  });

  it('keeps what it could not send, and sends it once the LRS is back', async () => {
    const down: SendOutcome = { kind: 'retry', reason: 'The LRS could not be reached.' };
    const { store, lrs, bridge, outbox } = setUp([down, down, down, down, down, down]);
    const log = playPath(loaded, analysis.modelAnswer ?? [], { attemptId: 'bridge-2' });
    await playInto(store, (id) => bridge.attemptChanged(id), log);
    await bridge.settled();
    expect(lrs.size).toBe(0);
    const waiting = await outbox.counts('bridge-2');
    expect(waiting.pending).toBeGreaterThan(3);
    bridge.retryNow();
    await bridge.settled();
    while (bridge.status().kind === 'waiting') {
      bridge.retryNow();
      await bridge.settled();
    }
    expect(await outbox.counts('bridge-2')).toMatchObject({ pending: 0, sent: waiting.pending });
    expect(lrs.size).toBe(waiting.pending);
  });

  it('catches up on an attempt whose last writes were never queued (the page closed first)', async () => {
    const { store, lrs, bridge } = setUp();
    const log = playPath(loaded, analysis.modelAnswer ?? [], { attemptId: 'bridge-4' });
    const told: string[] = [];
    // Only the first write reaches the bridge; the rest happen as the page goes away.
    await playInto(
      store,
      async (id) => {
        told.push(id);
        if (told.length === 1) await bridge.attemptChanged(id);
      },
      log,
    );
    await bridge.settled();
    expect(lrs.size).toBe(2);
    await bridge.catchUp();
    await bridge.settled();
    const [rebuilt] = attemptsFromStatements([...lrs.values()]).attempts;
    expect(rebuilt?.ok && rebuilt.status).toBe('finished');
    // Once closed, it is not looked at again.
    const before = lrs.size;
    await bridge.catchUp();
    await bridge.settled();
    expect(lrs.size).toBe(before);
  });

  it('says why an attempt on a scenario version it lacks cannot be sent', async () => {
    const { store, bridge, outbox } = setUp();
    const log = playPath(loaded, analysis.modelAnswer ?? [], { attemptId: 'bridge-3' });
    await store.create({ ...log, scenarioFingerprint: 'an-old-version', events: [] });
    await bridge.attemptChanged('bridge-3');
    expect(bridge.lastProblem()).toMatch(/version of “into-the-email-void” this app no longer has/);
    expect(await outbox.counts()).toEqual({ pending: 0, sent: 0, rejected: 0 });
  });
});

describe('actorOf', () => {
  it('names the trainee as the settings say, or as the app knows them', () => {
    expect(actorOf(SETTINGS, 'Ana Núñez')).toEqual({
      objectType: 'Agent',
      name: 'Ana Núñez',
      mbox: 'mailto:ana@example.com',
    });
    expect(
      actorOf(
        {
          ...SETTINGS,
          displayName: 'A. Núñez',
          identity: { kind: 'account', homePage: 'https://hr.example.com', name: 'anu' },
        },
        'Ana',
      ),
    ).toEqual({
      objectType: 'Agent',
      name: 'A. Núñez',
      account: { homePage: 'https://hr.example.com', name: 'anu' },
    });
  });
});
