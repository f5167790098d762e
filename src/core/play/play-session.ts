import type { SnapshotFrom } from 'xstate';
import { newAttemptId } from '../attempt/attempt-id.ts';
import type { AttemptLog, Mode, StartPoint } from '../attempt/attempt-log.ts';
import { checkLogHeader } from '../attempt/check-log-header.ts';
import { copyAttemptLog, createAttemptLog } from '../attempt/create-attempt-log.ts';
import { driveLog } from '../attempt/drive-log.ts';
import type { ScenarioMachine } from '../scenario/compile-machine.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { ActiveClock } from './active-clock.ts';
import { ChoiceError } from './choice-error.ts';
import { EventRecorder, type EventSink } from './event-recorder.ts';
import { buildView, type PlayView, type Published } from './play-view.ts';
import { startScenarioActor } from './scenario-actor.ts';
import { resolveStartAt, type ResolvedStart } from './start-at.ts';
import { systemHost } from './system-host.ts';

export type { EventSink };

/** What a play session needs. */
export interface PlaySessionOptions {
  /** The scenario to play. */
  loaded: LoadedScenario;
  /** The trainee's name (ignored when resuming: the log's is kept). */
  trainee: string;
  /** Practice or assessment (ignored when resuming). */
  mode: Mode;
  /** A fresh active clock (now() = 0); defaults to one woken by the system timers. */
  clock?: ActiveClock;
  /** Wall clock in epoch ms, for the log's `at` and `startedAt`; defaults to `Date.now`. */
  now?: () => number;
  /** Id of a new attempt; generated when absent. */
  attemptId?: string;
  /** A log to resume: it is replayed, then play continues from its last event. */
  log?: AttemptLog;
  /**
   * A playtest from the middle: start at this turn (a phase starts at its initial turn) with
   * this mood and these flags (flags left out keep their initial values), its timers starting
   * now. New attempts only: a resumed log starts where its own `start` says. An unusable
   * start throws a `StartAtError` whose message can be shown as it is.
   */
  startAt?: StartPoint;
  /** Called with every logged event and the whole log, before its effect becomes visible. */
  onEvent?: EventSink;
}

/** One attempt being played: the API the player UI and the tests share. */
export interface PlaySession {
  /** The current turn as the trainee sees it. */
  getView(): PlayView;
  /**
   * Replies with an open option. Throws a `ChoiceError` synchronously (nothing
   * logged) when the option cannot be taken now; returns a promise when the
   * event sink is async (or an earlier save is still running), settled once
   * the reply is saved and the next turn is visible.
   */
  choose(optionId: string): void | Promise<void>;
  /** Stops the clock and logs it (no-op when paused or ended); same return rule as `choose`. */
  pause(): void | Promise<void>;
  /** Restarts the clock and logs it (no-op unless paused); same return rule as `choose`. */
  resume(): void | Promise<void>;
  /** Calls `listener` whenever the view may have changed; returns the unsubscribe function. */
  subscribe(listener: (view: PlayView) => void): () => void;
  /** A copy of the attempt log so far. */
  getLog(): AttemptLog;
  /** The live XState snapshot (for tests and devtools; it may be ahead of the view while saving). */
  getSnapshot(): SnapshotFrom<ScenarioMachine>;
  /** Stops the actor and its timers; the session refuses further replies. */
  stop(): void;
}

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : JSON.stringify(error);

/**
 * Starts (or resumes) an attempt. The XState actor moves as soon as a reply
 * is chosen or a timeout fires, and the event is logged at once; the view the
 * player shows is published only after `onEvent` has saved it, so a reload
 * never shows a message whose cause was lost.
 */
export function createPlaySession(options: PlaySessionOptions): PlaySession {
  const { loaded, onEvent } = options;
  const wall = options.now ?? (() => Date.now());
  // Created paused: a running clock could tick past 0 before the check below (a flaky start).
  const clock = options.clock ?? new ActiveClock({ host: systemHost(), paused: true });
  if (clock.now() !== 0) throw new Error('createPlaySession needs a fresh ActiveClock (now() = 0)');
  const resumed = options.log;
  if (resumed !== undefined) {
    if (options.startAt !== undefined) {
      throw new Error(
        'startAt is for new attempts only: a resumed attempt starts where its log says',
      );
    }
    const problems = checkLogHeader(loaded, resumed);
    if (problems.length > 0) throw new Error(`cannot resume this attempt: ${problems.join('; ')}`);
  }
  const startPoint = resumed === undefined ? options.startAt : resumed.start;
  const start: ResolvedStart | undefined =
    startPoint === undefined ? undefined : resolveStartAt(loaded, startPoint);
  const log =
    resumed === undefined
      ? createAttemptLog({
          attemptId: options.attemptId ?? newAttemptId(),
          loaded,
          trainee: options.trainee,
          mode: options.mode,
          startedAt: wall(),
        })
      : copyAttemptLog(resumed);
  if (start !== undefined) log.start = start.point;

  // Frozen time while the actor starts and a resumed log is rebuilt.
  clock.pause();
  const run = startScenarioActor(loaded, clock, start);
  let turnStartedT = 0;
  let endsPaused = false;
  if (resumed !== undefined) {
    const driven = driveLog(run, clock, log.events);
    if (driven.problems.length > 0) {
      run.stop();
      throw new Error(`cannot resume attempt '${log.attemptId}': ${driven.problems.join('; ')}`);
    }
    turnStartedT = driven.turnStartedT;
    endsPaused = driven.paused;
  }
  if (run.failure() !== undefined) {
    run.stop();
    throw new Error(`scenario '${loaded.scenario.id}' cannot run: ${messageOf(run.failure())}`);
  }

  const listeners = new Set<(view: PlayView) => void>();
  let timeoutsFired = 0;
  let stopped = false;
  const getView = (): PlayView =>
    buildView(loaded, recorder.published, {
      now: clock.now(),
      paused: clock.paused,
      saving: recorder.isSaving,
      saveError: recorder.saveError,
    });
  const notify = (): void => {
    if (listeners.size === 0) return;
    const view = getView();
    for (const listener of listeners) listener(view);
  };
  const recorder = new EventRecorder(log, { state: run.state(), turnStartedT }, onEvent, notify);
  /** The state right after an event, to be shown once the event is saved. */
  const current = (): Published => ({ state: run.state(), turnStartedT });

  run.onTimeout((fired) => {
    timeoutsFired++;
    turnStartedT = fired.t;
    try {
      const result = recorder.record(
        { type: 'timeout', t: fired.t, at: wall(), state: fired.state, delay: fired.delay },
        current(),
        true,
      );
      // Nobody awaits a timeout: a failed save is reported through the view's saveError.
      if (result instanceof Promise) result.catch(() => undefined);
    } catch {
      // Same: already in saveError; throwing here would unwind into XState.
    }
  });
  if (!endsPaused) clock.resume();

  return {
    getView,
    choose(optionId) {
      if (stopped) throw new ChoiceError('stopped', 'the session is stopped');
      if (recorder.isTurnSaving) {
        throw new ChoiceError(
          'saving',
          "the customer's next message is still being saved; reply to it once it shows",
        );
      }
      if (clock.paused)
        throw new ChoiceError('paused', 'the attempt is paused; resume it before replying');
      // A timeout due at or before now wins, exactly as replay decides it.
      const before = timeoutsFired;
      clock.flushDue();
      if (timeoutsFired !== before) {
        throw new ChoiceError(
          'superseded',
          'the customer did not wait: they wrote again before this reply',
        );
      }
      const state = run.state();
      if (state.done) throw new ChoiceError('ended', 'the conversation has ended');
      const open = run.open();
      if (!open.some((o) => o.event === optionId)) {
        const names = open.map((o) => `'${o.event}'`).join(', ') || 'none';
        throw new ChoiceError(
          'not-open',
          `option '${optionId}' is not open in '${state.leaf}' (open now: ${names})`,
        );
      }
      const t = clock.now();
      run.send(optionId);
      turnStartedT = t;
      return recorder.record({ type: 'reply', t, at: wall(), option: optionId }, current(), true);
    },
    pause() {
      if (stopped || clock.paused) return;
      clock.flushDue();
      if (run.state().done) return;
      clock.pause();
      return recorder.record({ type: 'pause', t: clock.now(), at: wall() }, current(), false);
    },
    resume() {
      if (stopped || !clock.paused || run.state().done) return;
      clock.resume();
      return recorder.record({ type: 'resume', t: clock.now(), at: wall() }, current(), false);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getLog: () => copyAttemptLog(log),
    getSnapshot: () => run.actor.getSnapshot(),
    stop() {
      if (stopped) return;
      stopped = true;
      run.onTimeout(null);
      run.stop();
      listeners.clear();
    },
  };
}
