import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import { ActiveClock } from '../play/active-clock.ts';
import { createPlaySession } from '../play/play-session.ts';
import { CHAIN, CHASE, loadedFrom, SUPPORT } from '../play/test-scenarios.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { AttemptEvent, AttemptLog } from './attempt-log.ts';
import { createAttemptLog } from './create-attempt-log.ts';
import { replay } from './replay.ts';

const support = loadedFrom(SUPPORT);
const chase = loadedFrom(CHASE, 50, 'email');

/** An event without its wall-clock time (kept per member of the union). */
type Unstamped = AttemptEvent extends infer E
  ? E extends AttemptEvent
    ? Omit<E, 'at'>
    : never
  : never;

function logOf(loaded: LoadedScenario, events: Unstamped[]): AttemptLog {
  const log = createAttemptLog({
    attemptId: 'r1',
    loaded,
    trainee: 'Sam',
    mode: 'assessment',
    startedAt: 0,
  });
  return { ...log, events: events.map((e): AttemptEvent => ({ ...e, at: 0 })) };
}

/** Plays a scripted attempt live on a simulated host and returns its log. */
function recorded(): AttemptLog {
  const host = new SimulatedClock();
  const session = createPlaySession({
    loaded: support,
    trainee: 'Sam',
    mode: 'practice',
    clock: new ActiveClock({ host }),
    now: () => host.now(),
  });
  host.increment(4000);
  void session.choose('ask_details');
  host.increment(2000);
  void session.pause();
  host.increment(99_000);
  void session.resume();
  host.increment(9000); // the 15 s leaf timer fires at t=15000: the customer chases
  host.increment(1500);
  void session.choose('sorry');
  host.increment(2500);
  void session.choose('fix_now');
  return session.getLog();
}

describe('replay', () => {
  it('rebuilds the turns of a live attempt', () => {
    const result = replay(support, recorded());
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ leaf: 'support.happy', done: true, ending: { title: 'happy' } });
    expect(result.context).toEqual({ mood: 65, flags: { verified: true, chased: true } });
    const brief = result.turns.map((t) => ({
      index: t.index,
      state: t.state,
      startedT: t.startedT,
      answeredT: t.answeredT,
      budgetMs: t.budgetMs,
      offered: t.offered.map((o) => o.event),
      response: t.response.kind === 'reply' ? t.response.event : `timeout ${t.response.delay}`,
      mood: [t.moodBefore, t.moodAfter],
    }));
    expect(brief).toEqual([
      {
        index: 0,
        state: 'support.call.greets',
        startedT: 0,
        answeredT: 4000,
        budgetMs: 20_000,
        offered: ['ask_details', 'blame', 'transfer'],
        response: 'ask_details',
        mood: [45, 50],
      },
      {
        index: 1,
        state: 'support.call.greets',
        startedT: 4000,
        answeredT: 15_000,
        budgetMs: 20_000,
        offered: ['ask_details', 'fix_now', 'blame', 'transfer'],
        response: 'timeout 15000',
        mood: [50, 40],
      },
      {
        index: 2,
        state: 'chase',
        startedT: 15_000,
        answeredT: 16_500,
        budgetMs: 20_000,
        offered: ['sorry', 'blame', 'transfer'],
        response: 'sorry',
        mood: [40, 45],
      },
      {
        index: 3,
        state: 'support.call.greets',
        startedT: 16_500,
        answeredT: 19_000,
        budgetMs: 20_000,
        offered: ['ask_details', 'fix_now', 'blame', 'transfer'],
        response: 'fix_now',
        mood: [45, 65],
      },
    ]);
    expect(result.turns[0]).toMatchObject({ customer: 'My router keeps dropping.' });
    expect(result.turns[1]?.response).toEqual({
      kind: 'timeout',
      state: 'support.call.greets',
      delay: 15_000,
      meta: { promptness: -1, mood: -10 },
    });
    expect(result.turns[3]?.response).toMatchObject({
      kind: 'reply',
      event: 'fix_now',
      meta: { extraMile: 2 },
    });
  });

  it('is deterministic', () => {
    const log = recorded();
    expect(replay(support, log)).toEqual(replay(support, log));
    expect(replay(support, structuredClone(log))).toEqual(replay(support, log));
  });

  it('reproduces chained timeouts at their due times', () => {
    const chain = loadedFrom(CHAIN);
    const log = logOf(chain, [
      { type: 'timeout', t: 1000, state: 'chain.one', delay: 1000 },
      { type: 'timeout', t: 2000, state: 'chain.two', delay: 1000 },
      { type: 'reply', t: 2100, option: 'nudge' },
      { type: 'timeout', t: 2100, state: 'chain.zero', delay: 0 },
    ]);
    const result = replay(chain, log);
    expect(result.problems).toEqual([]);
    expect(result.leaf).toBe('chain.one');
    expect(result.context.mood).toBe(47); // 50, -1 entering one, -1 meta.mood of zero's timeout, -1 re-entering one
    expect(result.turns.map((t) => [t.state, t.startedT, t.answeredT])).toEqual([
      ['chain.one', 0, 1000],
      ['chain.two', 1000, 2000],
      ['chain.three', 2000, 2100],
      ['chain.zero', 2100, 2100],
    ]);
  });

  it('records pauses without turning them into turns', () => {
    const log = logOf(chase, [
      { type: 'pause', t: 1000 },
      { type: 'resume', t: 1000 },
      { type: 'reply', t: 5000, option: 'confirm' },
    ]);
    const result = replay(chase, log);
    expect(result.problems).toEqual([]);
    expect(result.turns).toHaveLength(1);
    expect(result.turns[0]).toMatchObject({
      startedT: 0,
      answeredT: 5000,
      budgetMs: 90_000,
      subject: 'Order 1042',
    });
  });

  it('lists every mismatch of an untrusted log instead of throwing', () => {
    const log = logOf(chase, [
      { type: 'reply', t: 500, option: 'nope' },
      { type: 'timeout', t: 1000, state: 'chase.asks', delay: 120_000 },
      { type: 'reply', t: 200_000, option: 'confirm' },
      { type: 'reply', t: 100, option: 'confirm' },
    ]);
    const result = replay(chase, { ...log, scenarioId: 'other', scenarioFingerprint: 'x' });
    expect(result.problems).toEqual([
      "the log is for scenario 'other', not 'chase'",
      'the log was recorded on another version of the scenario (fingerprint differs)',
      "event #0 (reply at t=500): option 'nope' is not open in 'chase.asks' (open: 'confirm', 'faq'); skipped",
      "event #1 (timeout at t=1000): a timeout of 'chase.asks' after 120000 ms at t=1000 is not reproduced by the scenario",
      "the scenario fires a timeout of 'chase.asks' after 120000 ms at t=120000, which the log does not record",
      "the scenario fires a timeout of 'chase.chases' after 60000 ms at t=180000, which the log does not record",
      'event #2 (reply at t=200000) comes after the end',
      'event #3 (reply at t=100) goes back in time (the previous event was at t=200000); taken as t=200000',
      'event #3 (reply at t=100) comes after the end',
    ]);
    // The clock ran the silence out: the customer left at t=180000, before the late reply.
    expect(result).toMatchObject({ leaf: 'chase.annoyed', done: true });
    expect(result.turns.map((t) => t.response.kind)).toEqual(['timeout', 'timeout']);
  });

  it('survives garbage', () => {
    const garbage = [
      null,
      42,
      { type: 'dance', t: 1 },
      { type: 'reply', t: -1, option: 'x' },
      { type: 'reply', t: 5 },
    ];
    const result = replay(chase, {
      ...logOf(chase, []),
      events: garbage as unknown as AttemptEvent[],
    });
    expect(result.problems).toHaveLength(garbage.length);
    expect(result.leaf).toBe('chase.asks');
    const nothing = replay(chase, null as unknown as AttemptLog);
    expect(nothing.problems).toEqual(['the log is not an object', 'the log has no list of events']);
  });
});
