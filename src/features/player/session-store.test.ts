import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import type { AttemptEvent, AttemptLog, Mode } from '../../core/attempt/attempt-log.ts';
import { replay } from '../../core/attempt/replay.ts';
import { ActiveClock } from '../../core/play/active-clock.ts';
import { loadedFrom, SUPPORT } from '../../core/play/test-scenarios.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { scoreAttempt } from '../../core/scoring/score-attempt.ts';
import type { AttemptStore } from '../../storage/attempt-store.ts';
import { DexieAttemptStore } from '../../storage/dexie-attempt-store.ts';
import { MemoryAttemptStore } from '../../storage/memory-attempt-store.ts';
import { openAttemptStore } from '../../storage/open-attempt-store.ts';
import { QUOTA, UNAVAILABLE } from '../../storage/storage-problems.ts';
import {
  SCENARIO_CHANGED,
  SessionStore,
  type RunningSession,
  type SessionState,
} from './session-store.ts';

const support = loadedFrom(SUPPORT);
const WALL = 1_700_000_000_000;

let dbCount = 0;
const opened: DexieAttemptStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

async function database(): Promise<DexieAttemptStore> {
  const store = await openAttemptStore({ name: `session-${++dbCount}` });
  if (!(store instanceof DexieAttemptStore)) throw new Error('expected the database store');
  opened.push(store);
  return store;
}

/** One page load: a session store on a simulated host clock. */
function page(
  store: AttemptStore,
  {
    loaded = support,
    mode = 'practice',
    trainee = 'Sam',
  }: { loaded?: LoadedScenario; mode?: Mode; trainee?: string } = {},
) {
  const host = new SimulatedClock();
  let ids = 0;
  const sessions = new SessionStore(loaded, trainee, mode, store, {
    clock: () => new ActiveClock({ host }),
    now: () => WALL + host.now(),
    newId: () => `attempt-${++dbCount}-${++ids}`,
  });
  const running = (): RunningSession => {
    const state = sessions.getState();
    if (state.status !== 'running') throw new Error(`not running: ${JSON.stringify(state)}`);
    return state;
  };
  return { sessions, host, running, wait: (ms: number) => host.increment(ms) };
}

/** A store wrapper that lets the test hold writes and watch what arrives. */
function gated(inner: AttemptStore) {
  const held: (() => void)[] = [];
  let holding = false;
  const hold = <T>(write: () => Promise<T>): Promise<T> =>
    holding ? new Promise<void>((go) => held.push(go)).then(write) : write();
  const store: AttemptStore = {
    get durable() {
      return inner.durable;
    },
    get problem() {
      return inner.problem;
    },
    create: (log: AttemptLog) => hold(() => inner.create(log)),
    record: (event: AttemptEvent, log: AttemptLog) => hold(() => inner.record(event, log)),
    finish: (id, scorecard) => hold(() => inner.finish(id, scorecard)),
    abandon: (id) => hold(() => inner.abandon(id)),
    get: (id) => inner.get(id),
    list: (query) => inner.list(query),
    getMany: (ids) => inner.getMany(ids),
    listSummaries: () => inner.listSummaries(),
    importAttempts: (attempts) => inner.importAttempts(attempts),
    subscribe: (listener) => inner.subscribe(listener),
  };
  return {
    store,
    hold: () => (holding = true),
    release: () => {
      holding = false;
      for (const go of held.splice(0)) go();
    },
    get waiting() {
      return held.length;
    },
  };
}

/** Waits (a few macrotasks at most) for the database's asynchronous work to get there. */
async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  throw new Error('the expected state never came');
}

describe('SessionStore with the attempt store', () => {
  it('stores a new attempt before the first customer message shows', async () => {
    const gate = gated(await database());
    gate.hold();
    const { sessions } = page(gate.store);
    const started = sessions.start();
    await until(() => gate.waiting === 1);
    expect(sessions.getState()).toEqual({ status: 'starting' });
    gate.release();
    await started;
    const state = sessions.getState() as RunningSession;
    expect(state).toMatchObject({
      status: 'running',
      mode: 'practice',
      resumed: false,
      storage: { durable: true },
      view: { state: 'support.call.greets', customer: 'My router keeps dropping.' },
    });
    expect(state.notice).toBeUndefined();
    expect(await gate.store.get(state.attemptId)).toMatchObject({
      status: 'in-progress',
      trainee: 'Sam',
      scenarioId: 'support',
      log: { events: [] },
    });
    sessions.stop();
  });

  it('shows the effect of a reply only once the reply is stored', async () => {
    const gate = gated(await database());
    const { sessions, running, wait } = page(gate.store);
    await sessions.start();
    wait(3000);
    gate.hold();
    const chosen = running().session.choose('ask_details');
    expect(running().view).toMatchObject({ saving: true, mood: 45 });
    const { attemptId } = running();
    expect((await gate.store.get(attemptId))?.log.events).toEqual([]);
    gate.release();
    await chosen;
    expect(running().view).toMatchObject({ saving: false, mood: 50 });
    expect((await gate.store.get(attemptId))?.log.events).toMatchObject([
      { type: 'reply', option: 'ask_details', t: 3000 },
    ]);
    sessions.stop();
  });

  it('resumes after a reload at the same turn, elapsed time and mood, then plays to the end', async () => {
    const store = await database();
    const first = page(store);
    await first.sessions.start();
    first.wait(3000);
    await first.running().session.choose('ask_details');
    first.wait(2000);
    await first.running().session.pause();
    const before = first.running();
    expect(before.view).toMatchObject({ mood: 50, elapsedT: 2000, paused: true });
    const log = before.session.getLog();
    first.sessions.stop(); // the tab goes away

    const second = page(store);
    await second.sessions.start();
    const after = second.running();
    expect(after.resumed).toBe(true);
    expect(after.attemptId).toBe(before.attemptId);
    expect(after.view).toEqual(before.view);
    expect(after.session.getLog()).toEqual(log);
    expect(after.notice).toBeUndefined();

    await after.session.resume();
    second.wait(1000);
    await second.running().session.choose('fix_now');
    const end = second.running();
    expect(end.view).toMatchObject({ done: true, ending: { title: 'happy' } });
    const replayed = replay(support, end.session.getLog());
    const expected = scoreAttempt(support, replayed.turns, replayed.ending ?? null);
    expect(end.scorecard).toEqual(expected);
    await until(async () => (await store.get(end.attemptId))?.status === 'finished');
    expect(await store.get(end.attemptId)).toMatchObject({
      status: 'finished',
      scorecard: expected,
      log: end.session.getLog(),
    });
    second.sessions.stop();

    // "Try again": a finished attempt is never resumed.
    const third = page(store);
    await third.sessions.start();
    expect(third.running()).toMatchObject({ resumed: false, view: { mood: 45 } });
    expect(third.running().attemptId).not.toBe(end.attemptId);
    third.sessions.stop();
  });

  it('resumes the newest unfinished attempt of this trainee and scenario, in its own mode', async () => {
    const store = await database();
    const first = page(store, { mode: 'assessment' });
    await first.sessions.start();
    const { attemptId } = first.running();
    first.sessions.stop();
    // Another trainee on the same browser does not get it.
    const other = page(store, { trainee: 'Kim' });
    await other.sessions.start();
    expect(other.running()).toMatchObject({ resumed: false, mode: 'practice' });
    other.sessions.stop();

    const again = page(store, { mode: 'practice' });
    await again.sessions.start();
    expect(again.running()).toMatchObject({ resumed: true, attemptId, mode: 'assessment' });
    again.sessions.stop();
  });

  it('abandons an attempt of another scenario version and starts fresh, telling the trainee', async () => {
    const store = await database();
    const first = page(store);
    await first.sessions.start();
    first.wait(1000);
    await first.running().session.choose('ask_details');
    const old = first.running().attemptId;
    first.sessions.stop();

    const changed: LoadedScenario = { ...support, fingerprint: 'test-support-v2' };
    const second = page(store, { loaded: changed });
    await second.sessions.start();
    const state = second.running();
    expect(state).toMatchObject({ resumed: false, notice: SCENARIO_CHANGED, view: { mood: 45 } });
    expect(state.attemptId).not.toBe(old);
    expect(await store.get(old)).toMatchObject({ status: 'abandoned', log: { events: [{}] } });
    expect(await store.get(state.attemptId)).toMatchObject({
      status: 'in-progress',
      scenarioFingerprint: 'test-support-v2',
    });
    second.sessions.stop();
  });

  it('abandons on request, and starts fresh without resuming the abandoned attempt', async () => {
    const store = await database();
    const { sessions, running } = page(store);
    await sessions.start();
    const first = running().attemptId;
    await sessions.startFresh();
    const second = running().attemptId;
    expect(second).not.toBe(first);
    expect(running().resumed).toBe(false);
    expect(await store.get(first)).toMatchObject({ status: 'abandoned' });
    await sessions.abandon();
    expect(await store.get(second)).toMatchObject({ status: 'abandoned' });
    expect(() => running().session.choose('ask_details')).toThrow(/stopped/);

    const next = page(store);
    await next.sessions.start();
    expect(next.running()).toMatchObject({ resumed: false });
    expect(await store.list({ status: 'in-progress' })).toHaveLength(1);
    next.sessions.stop();
  });

  it('starts once when started, stopped and started again at once (StrictMode)', async () => {
    const store = await database();
    const { sessions, running } = page(store);
    void sessions.start();
    sessions.stop();
    await sessions.start();
    expect(running().resumed).toBe(false);
    expect(await store.list()).toHaveLength(1);
    sessions.stop();
  });

  it('reports the storage status, and a switch to memory mid-attempt', async () => {
    const unavailable = page(new MemoryAttemptStore({ problem: UNAVAILABLE }));
    await unavailable.sessions.start();
    expect(unavailable.running().storage).toEqual({ durable: false, problem: UNAVAILABLE });
    unavailable.sessions.stop();

    // A store that turns non-durable on the second write, as the database store does on quota.
    const inner = new MemoryAttemptStore();
    let writes = 0;
    const flaky: AttemptStore = {
      get durable() {
        return writes < 2;
      },
      get problem() {
        return writes < 2 ? undefined : QUOTA;
      },
      create: (log) => (writes++, inner.create(log)),
      record: (event, log) => (writes++, inner.record(event, log)),
      finish: (id, card) => inner.finish(id, card),
      abandon: (id) => inner.abandon(id),
      getMany: (ids) => inner.getMany(ids),
      listSummaries: () => inner.listSummaries(),
      importAttempts: (attempts) => inner.importAttempts(attempts),
      get: (id) => inner.get(id),
      list: (query) => inner.list(query),
      subscribe: (listener) => inner.subscribe(listener),
    };
    const { sessions, running } = page(flaky);
    await sessions.start();
    expect(running().storage).toEqual({ durable: true });
    await running().session.choose('ask_details');
    expect(running().storage).toEqual({ durable: false, problem: QUOTA });
    expect((await flaky.get(running().attemptId))?.log.events).toHaveLength(1);
    sessions.stop();
  });

  it('says why when the scenario cannot run, without leaving an attempt in progress', async () => {
    const store = await database();
    const broken = { ...support, graph: undefined } as unknown as LoadedScenario;
    const { sessions } = page(store, { loaded: broken });
    await sessions.start();
    const state: SessionState = sessions.getState();
    expect(state.status).toBe('failed');
    expect(await store.list({ status: 'in-progress' })).toEqual([]);
  });
});
