import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkScenario } from '../analysis/check-scenario.ts';
import type { PathStep } from '../analysis/analysis-types.ts';
import type { AttemptLog, StartPoint } from '../attempt/attempt-log.ts';
import { replay } from '../attempt/replay.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { openOptions, openTimeouts } from '../scenario/semantics.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import { ActiveClock } from './active-clock.ts';
import { createPlaySession, type PlaySession } from './play-session.ts';
import { situationAlong } from './situation-along.ts';
import { StartAtError, type StartAtErrorCode } from './start-at.ts';
import { loadedFrom, SUPPORT } from './test-scenarios.ts';

const support = loadedFrom(SUPPORT);

function shipped(name: string): { loaded: LoadedScenario; modelAnswer: PathStep[] } {
  const file = `scenarios/${name}.yaml`;
  const text = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
  const checked = checkScenario(text, file);
  if (!checked.ok) throw new Error(`${file} does not check`);
  const modelAnswer = checked.analysis.modelAnswer;
  if (modelAnswer === null) throw new Error(`${file} has no model answer`);
  return { loaded: checked.loaded, modelAnswer };
}

/** A session on a purely virtual clock: time moves only by `clock.advanceTo`. */
function open(
  loaded: LoadedScenario,
  extra: { startAt?: StartPoint; log?: AttemptLog } = {},
): { session: PlaySession; clock: ActiveClock } {
  const clock = new ActiveClock();
  const session = createPlaySession({
    loaded,
    trainee: 'Author',
    mode: 'practice',
    clock,
    now: () => 1_700_000_000_000,
    attemptId: 'playtest',
    ...extra,
  });
  return { session, clock };
}

/** Plays analysis steps through a session from the real start, waiting where a step waits. */
function playSteps(session: PlaySession, clock: ActiveClock, steps: readonly PathStep[]): void {
  for (const step of steps) {
    if (step.choice === 'wait' && step.reply === '') {
      clock.advanceTo(clock.now() + (step.delay ?? 0));
    } else {
      void session.choose(step.choice);
    }
  }
}

function startError(fn: () => unknown): StartAtError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StartAtError) return error;
    throw error;
  }
  throw new Error('expected a StartAtError');
}

const angry = shipped('the-angry-caller');

// Step 1 is a turn inside the 'heated' phase; the middle step is a top-level turn.
describe.each([1, Math.floor(angry.modelAnswer.length / 2)])(
  'play from step %i of the angry caller model answer',
  (middle) => {
    const { loaded, modelAnswer } = angry;
    const turn = modelAnswer[middle]?.state ?? '';

    it('arrives as the model answer would: same turn, mood, options', () => {
      const situation = situationAlong(loaded, modelAnswer, turn);
      expect(situation).toBeDefined();
      if (situation === undefined) return;
      expect(situation.state).toBe(turn);

      const full = open(loaded);
      playSteps(full.session, full.clock, modelAnswer.slice(0, middle));
      const arrived = full.session.getView();
      expect(arrived.state).toBe(turn);

      const { session } = open(loaded, { startAt: situation });
      const view = session.getView();
      expect(view).toMatchObject({
        state: turn,
        mood: arrived.mood,
        customer: arrived.customer,
        replyWithinMs: arrived.replyWithinMs,
        turnStartedT: 0,
        done: false,
      });
      expect(view.options).toEqual(arrived.options);
      expect(session.getSnapshot().context).toEqual(full.session.getSnapshot().context);
      expect(session.getLog().start).toEqual({
        state: turn,
        mood: situation.mood,
        flags: situation.flags,
      });
    });

    it("starts the turn's timers when the playtest starts", () => {
      const situation = situationAlong(loaded, modelAnswer, turn);
      if (situation === undefined) throw new Error('no situation');
      const { session, clock } = open(loaded, { startAt: situation });
      const first = openTimeouts(loaded.graph, turn, session.getSnapshot().context)
        .map((t) => t)
        .sort((a, b) => a.delay - b.delay)[0];
      if (first === undefined) throw new Error(`'${turn}' has no timeout to test`);
      clock.advanceTo(first.delay - 1);
      expect(session.getView().state).toBe(turn);
      expect(session.getLog().events).toEqual([]);
      clock.advanceTo(first.delay);
      expect(session.getLog().events).toMatchObject([
        { type: 'timeout', t: first.delay, state: first.declaredOn, delay: first.delay },
      ]);
      expect(session.getView().state).not.toBe(turn);
    });

    it('replays its log to the same view and scores the turns played', () => {
      const situation = situationAlong(loaded, modelAnswer, turn);
      if (situation === undefined) throw new Error('no situation');
      const { session, clock } = open(loaded, { startAt: situation });
      clock.advanceTo(2_000);
      playSteps(session, clock, modelAnswer.slice(middle));
      const view = session.getView();
      expect(view.done).toBe(true);

      const log = session.getLog();
      const replayed = replay(loaded, log);
      expect(replayed.problems).toEqual([]);
      expect(replayed).toMatchObject({ leaf: view.state, done: true });
      expect(replayed.context.mood).toBe(view.mood);
      expect(replayed.turns.map((t) => t.state)).toEqual(
        modelAnswer.slice(middle).map((s) => s.state),
      );
      expect(replayed.turns[0]).toMatchObject({
        state: turn,
        moodBefore: situation.mood,
        startedT: 0,
      });

      // Deterministic: a second replay scores exactly the same.
      const card = scoreAttempt(loaded, replayed.turns, replayed.ending);
      const again = replay(loaded, structuredClone(log));
      expect(scoreAttempt(loaded, again.turns, again.ending)).toEqual(card);
      expect(card.turns).toHaveLength(modelAnswer.length - middle);

      // Resuming the log carries on from the same place.
      const resumed = open(loaded, { log }).session;
      expect(resumed.getView()).toEqual(view);
      expect(resumed.getLog().start).toEqual(log.start);
    });
  },
);

describe('play from a turn inside a phase', () => {
  it("puts the actor at the nested turn with the author's mood and flags, entry actions not run", () => {
    const { session } = open(support, {
      startAt: { state: 'support.call.greets', mood: 25, flags: { verified: true } },
    });
    const view = session.getView();
    expect(view).toMatchObject({ state: 'support.call.greets', mood: 25, replyWithinMs: 20_000 });
    const context = session.getSnapshot().context;
    expect(context).toEqual({ mood: 25, flags: { verified: true, chased: false } });
    expect(session.getSnapshot().value).toEqual({ call: 'greets' });
    expect(view.options.map((o) => o.event)).toEqual(
      openOptions(support.graph, 'support.call.greets', context).map((o) => o.event),
    );
    // The turn's own guarded `transfer` (mood below 30) wins over the phase's.
    expect(view.options.find((o) => o.event === 'transfer')?.reply).toBe('A specialist will call.');
  });

  it("starts the turn's and the phase's timers at once; leaving the turn cancels only its own", () => {
    const { session, clock } = open(support, {
      startAt: { state: 'support.call.greets', mood: 60, flags: {} },
    });
    // Each return to the turn restarts its 15 s timer; the phase's 90 s keeps counting from 0.
    for (const t of [20_000, 44_000, 68_000]) {
      clock.advanceTo(t);
      expect(session.getView().state).toBe('chase');
      void session.choose('sorry');
    }
    clock.advanceTo(90_000);
    const timeouts = session
      .getLog()
      .events.flatMap((e) => (e.type === 'timeout' ? [[e.t, e.state]] : []));
    expect(timeouts).toEqual([
      [15_000, 'support.call.greets'],
      [35_000, 'support.call.greets'],
      [59_000, 'support.call.greets'],
      [83_000, 'support.call.greets'],
      [90_000, 'support.call'],
    ]);
    expect(session.getView()).toMatchObject({ state: 'support.gone', done: true });
    const replayed = replay(support, session.getLog());
    expect(replayed.problems).toEqual([]);
    expect(replayed).toMatchObject({ leaf: 'support.gone', done: true });
    expect(replayed.turns.map((t) => t.state)).toEqual([
      'support.call.greets',
      'chase',
      'support.call.greets',
      'chase',
      'support.call.greets',
      'chase',
      'support.call.greets',
      'chase',
    ]);
  });

  it('starts a phase at its initial turn', () => {
    const { session } = open(support, { startAt: { state: 'support.call', mood: 50, flags: {} } });
    expect(session.getView().state).toBe('support.call.greets');
    expect(session.getLog().start?.state).toBe('support.call.greets');
  });
});

describe('start points the engine refuses', () => {
  const cases: [string, StartPoint, StartAtErrorCode, RegExp][] = [
    [
      'an unknown state',
      { state: 'support.nowhere', mood: 50, flags: {} },
      'unknown-state',
      /cannot play from 'support\.nowhere': scenario 'support' has no such state/,
    ],
    ['an ending', { state: 'support.happy', mood: 50, flags: {} }, 'not-a-turn', /is an ending/],
    ['the machine', { state: 'support', mood: 50, flags: {} }, 'not-a-turn', /whole scenario/],
    [
      'a decision state that moves on',
      { state: 'support.call.checks', mood: 50, flags: {} },
      'moves-on',
      /moves on at once to 'support\.wrap'/,
    ],
    [
      'a mood out of range',
      { state: 'support.wrap', mood: 120, flags: {} },
      'bad-mood',
      /number from 0 to 100, not 120/,
    ],
    [
      'a flag that is not true or false',
      { state: 'support.wrap', mood: 50, flags: { verified: 'yes' as unknown as boolean } },
      'bad-flag',
      /flag 'verified' must be true or false/,
    ],
  ];
  it.each(cases)('%s: a StartAtError with a plain message', (_name, startAt, code, message) => {
    const error = startError(() => open(support, { startAt }));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('refuses startAt together with a log to resume', () => {
    const log = open(support).session.getLog();
    expect(() =>
      open(support, { log, startAt: { state: 'support.wrap', mood: 50, flags: {} } }),
    ).toThrow(/startAt is for new attempts only/);
  });

  it('replay reports a log whose start does not fit the scenario, and never throws', () => {
    const { session } = open(support, { startAt: { state: 'support.wrap', mood: 50, flags: {} } });
    const log = { ...session.getLog(), start: { state: 'support.gone', mood: 50, flags: {} } };
    expect(replay(support, log).problems).toEqual([
      "cannot play from 'support.gone': it is an ending, and there is nothing left to reply to; replayed from the scenario's start",
    ]);
    const broken = { ...session.getLog(), start: 'wrap' } as unknown as AttemptLog;
    expect(replay(support, broken).problems).toEqual([
      "the log's start is not an object; replayed from the scenario's start",
    ]);
  });
});

describe('situationAlong', () => {
  it('walks option ids with the engine semantics: entry actions, flags, eventless moves', () => {
    expect(situationAlong(support, [], 'support.call.greets')).toEqual({
      state: 'support.call.greets',
      mood: 45,
      flags: { verified: false, chased: false },
    });
    expect(situationAlong(support, ['ask_details', 'blame'], 'support.wrap')).toEqual({
      state: 'support.wrap',
      mood: 25,
      flags: { verified: false, chased: false },
    });
    expect(situationAlong(support, ['wait'], 'chase')).toEqual({
      state: 'chase',
      mood: 35,
      flags: { verified: false, chased: true },
    });
    expect(situationAlong(support, ['wait', 'sorry'], 'support.call')).toMatchObject({
      state: 'support.call.greets',
      mood: 45,
    });
  });

  it('is undefined when the path never arrives, or a step cannot be taken', () => {
    expect(situationAlong(support, ['blame'], 'chase')).toBeUndefined();
    expect(situationAlong(support, ['fix_now'], 'support.wrap')).toBeUndefined();
    expect(situationAlong(support, [], 'support.nowhere')).toBeUndefined();
    expect(situationAlong(support, ['blame'], 'support.meh')).toBeUndefined();
  });
});
