import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import type { AttemptEvent, AttemptLog } from '../attempt/attempt-log.ts';
import { openOptions } from '../scenario/semantics.ts';
import { ActiveClock, type HostClock } from './active-clock.ts';
import { ChoiceError } from './choice-error.ts';
import { createPlaySession, type PlaySession, type PlaySessionOptions } from './play-session.ts';
import { acceptedEvents, expectedAccepted } from './test-can.ts';
import { CHASE, loadedFrom, SUPPORT } from './test-scenarios.ts';

const chase = loadedFrom(CHASE, 50, 'email');
const support = loadedFrom(SUPPORT);

function play(options: Partial<PlaySessionOptions> & Pick<PlaySessionOptions, 'loaded'>) {
  const host = new SimulatedClock();
  const clock = new ActiveClock({ host });
  const wall = 1_700_000_000_000;
  const session = createPlaySession({
    trainee: 'Sam',
    mode: 'practice',
    clock,
    now: () => wall + host.now(),
    attemptId: 'a1',
    ...options,
  });
  const wait = (ms: number): void => host.increment(ms);
  return { session, host, clock, wait };
}

function choiceError(fn: () => unknown): ChoiceError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ChoiceError) return error;
    throw error;
  }
  throw new Error('expected a ChoiceError');
}

/** The view's options are the semantics twin's, and agree with XState's `can()`. */
function expectOptionsAgree(session: PlaySession, graph = support.graph): void {
  const view = session.getView();
  const snapshot = session.getSnapshot();
  const open = view.done ? [] : openOptions(graph, view.state, snapshot.context);
  expect(view.options.map((o) => o.event)).toEqual(open.map((o) => o.event));
  expect(acceptedEvents(snapshot, graph)).toEqual(expectedAccepted(open));
}

const strip = (events: AttemptEvent[]) => events.map(({ at: _at, ...rest }) => rest);

describe('createPlaySession', () => {
  it('starts an attempt log stamped with the scenario version', () => {
    const { session } = play({ loaded: chase });
    expect(session.getLog()).toMatchObject({
      format: 'cx-attempt/1',
      attemptId: 'a1',
      scenarioId: 'chase',
      scenarioFingerprint: 'test-chase',
      trainee: 'Sam',
      mode: 'practice',
      events: [],
    });
    expect(session.getView()).toMatchObject({
      state: 'chase.asks',
      subject: 'Order 1042',
      customer: 'Did my address go through?',
      replyWithinMs: 90_000,
      mood: 50,
      turnStartedT: 0,
      elapsedT: 0,
      paused: false,
      done: false,
      saving: false,
    });
  });

  it('lets silence run until the customer chases, then logs the timeout at its due time', () => {
    const { session, wait } = play({ loaded: chase });
    wait(119_999);
    expect(session.getView()).toMatchObject({ state: 'chase.asks', elapsedT: 119_999 });
    wait(1);
    expect(session.getView()).toMatchObject({
      state: 'chase.chases',
      customer: 'Hello? Is anyone reading this?',
      mood: 35,
      turnStartedT: 120_000,
      elapsedT: 0,
      replyWithinMs: 120_000,
    });
    expect(strip(session.getLog().events)).toEqual([
      { type: 'timeout', t: 120_000, state: 'chase.asks', delay: 120_000 },
    ]);
    wait(60_000);
    expect(session.getView()).toMatchObject({
      state: 'chase.annoyed',
      done: true,
      ending: { title: 'annoyed' },
    });
  });

  it('stops the clock on pause and restarts it on resume with the remaining time', () => {
    const { session, wait } = play({ loaded: chase });
    wait(100_000);
    void session.pause();
    wait(500_000);
    expect(session.getView()).toMatchObject({
      state: 'chase.asks',
      paused: true,
      elapsedT: 100_000,
    });
    expect(choiceError(() => session.choose('confirm')).code).toBe('paused');
    void session.resume();
    wait(19_999);
    expect(session.getView()).toMatchObject({
      state: 'chase.asks',
      paused: false,
      elapsedT: 119_999,
    });
    wait(1);
    expect(session.getView().state).toBe('chase.chases');
    expect(strip(session.getLog().events)).toEqual([
      { type: 'pause', t: 100_000 },
      { type: 'resume', t: 100_000 },
      { type: 'timeout', t: 120_000, state: 'chase.asks', delay: 120_000 },
    ]);
  });

  it('rejects options that are not open, logging nothing', () => {
    const { session, wait } = play({ loaded: support });
    expectOptionsAgree(session);
    expect(choiceError(() => session.choose('fix_now')).code).toBe('not-open');
    expect(() => session.choose('no_such_option')).toThrow(
      /'no_such_option' is not open in 'support.call.greets'/,
    );
    wait(2000);
    void session.choose('ask_details');
    expect(session.getView()).toMatchObject({
      state: 'support.call.greets',
      mood: 50,
      turnStartedT: 2000,
    });
    expectOptionsAgree(session);
    void session.choose('fix_now');
    expect(session.getView()).toMatchObject({ state: 'support.happy', done: true, options: [] });
    expect(choiceError(() => session.choose('fix_now')).code).toBe('ended');
    expect(strip(session.getLog().events)).toEqual([
      { type: 'reply', t: 2000, option: 'ask_details' },
      { type: 'reply', t: 2000, option: 'fix_now' },
    ]);
  });

  it('lets a timeout that is due win over a late reply, as replay would', () => {
    // A host that never wakes the clock: only choose's own flush can fire the timeout.
    let now = 0;
    const sleepy: HostClock = {
      now: () => now,
      setTimeout: () => 0,
      clearTimeout: () => undefined,
    };
    const session = createPlaySession({
      loaded: chase,
      trainee: 'Sam',
      mode: 'practice',
      clock: new ActiveClock({ host: sleepy }),
    });
    now = 120_000;
    expect(choiceError(() => session.choose('faq')).code).toBe('superseded');
    expect(session.getView().state).toBe('chase.chases');
    void session.choose('confirm');
    expect(strip(session.getLog().events)).toEqual([
      { type: 'timeout', t: 120_000, state: 'chase.asks', delay: 120_000 },
      { type: 'reply', t: 120_000, option: 'confirm' },
    ]);
  });

  it('hands each event to onEvent before its next message is visible, and waits for async saves', async () => {
    const saved: Array<{ event: AttemptEvent; count: number; visible: string }> = [];
    let release: () => void = () => undefined;
    const ref: { session?: PlaySession } = {};
    const { session } = play({
      loaded: chase,
      onEvent: (event, log) => {
        saved.push({
          event,
          count: log.events.length,
          visible: ref.session?.getView().state ?? '',
        });
        return new Promise<void>((resolve) => (release = resolve));
      },
    });
    ref.session = session;
    const chosen = session.choose('confirm');
    expect(chosen).toBeInstanceOf(Promise);
    expect(saved).toMatchObject([
      { event: { type: 'reply', option: 'confirm' }, count: 1, visible: 'chase.asks' },
    ]);
    expect(session.getView()).toMatchObject({ state: 'chase.asks', saving: true });
    expect(session.getSnapshot().value).toBe('thanks');
    expect(choiceError(() => session.choose('confirm')).code).toBe('saving');
    release();
    await chosen;
    expect(session.getView()).toMatchObject({ state: 'chase.thanks', saving: false, done: true });
  });

  it('returns synchronously when onEvent is synchronous, and reports a failed save', async () => {
    const ok = play({ loaded: chase, onEvent: () => undefined });
    expect(ok.session.choose('confirm')).toBeUndefined();
    const failing = play({ loaded: chase, onEvent: () => Promise.reject(new Error('disk full')) });
    await expect(failing.session.choose('faq')).rejects.toThrow('disk full');
    expect(failing.session.getView()).toMatchObject({
      state: 'chase.annoyed',
      saveError: 'disk full',
      saving: false,
    });
  });

  it('notifies subscribers when the view changes', () => {
    const { session, wait } = play({ loaded: chase });
    const states: string[] = [];
    const unsubscribe = session.subscribe((view) =>
      states.push(`${view.state}${view.paused ? ' (paused)' : ''}`),
    );
    void session.pause();
    void session.resume();
    wait(120_000);
    unsubscribe();
    void session.choose('confirm');
    expect(states).toEqual(['chase.asks (paused)', 'chase.asks', 'chase.chases']);
  });

  it('resumes from a log mid-scenario with the same turn, elapsed time and mood', () => {
    const first = play({ loaded: support });
    first.wait(5000);
    void first.session.choose('ask_details');
    first.wait(3000);
    void first.session.pause();
    const log: AttemptLog = first.session.getLog();
    const before = first.session.getView();
    first.session.stop();

    const again = play({ loaded: support, log });
    expect(again.session.getView()).toEqual(before);
    expect(again.session.getView()).toMatchObject({
      state: 'support.call.greets',
      mood: 50,
      turnStartedT: 5000,
      elapsedT: 3000,
      paused: true,
    });
    again.wait(60_000);
    expect(again.session.getView().elapsedT).toBe(3000);
    void again.session.resume();
    // The leaf's 15 s timer started at t=0 and was not restarted by the targetless reply: 7 s left.
    again.wait(6999);
    expect(again.session.getView().state).toBe('support.call.greets');
    again.wait(1);
    expect(again.session.getView()).toMatchObject({ state: 'chase', turnStartedT: 15_000 });
    expect(again.session.getLog().attemptId).toBe('a1');
    expect(strip(again.session.getLog().events).slice(-2)).toEqual([
      { type: 'resume', t: 8000 },
      { type: 'timeout', t: 15_000, state: 'support.call.greets', delay: 15_000 },
    ]);
  });

  it('resumes a running attempt at the clock of its last event', () => {
    const first = play({ loaded: chase });
    first.wait(40_000);
    void first.session.pause();
    first.wait(10);
    void first.session.resume();
    const again = play({ loaded: chase, log: first.session.getLog() });
    expect(again.session.getView()).toMatchObject({
      state: 'chase.asks',
      paused: false,
      elapsedT: 40_000,
    });
    again.wait(80_000);
    expect(again.session.getView().state).toBe('chase.chases');
  });

  it('refuses to resume a log of another scenario version or one that does not replay', () => {
    const first = play({ loaded: chase });
    void first.session.choose('faq');
    const log = first.session.getLog();
    expect(() => play({ loaded: chase, log: { ...log, scenarioFingerprint: 'other' } })).toThrow(
      /fingerprint/,
    );
    const bad: AttemptLog = { ...log, events: [{ type: 'reply', t: 0, at: 0, option: 'nope' }] };
    expect(() => play({ loaded: chase, log: bad })).toThrow(/'nope' is not open/);
  });
});
