import { newAttemptId } from '../../core/attempt/attempt-id.ts';
import type { AttemptLog, Mode, StartPoint } from '../../core/attempt/attempt-log.ts';
import { checkLogHeader } from '../../core/attempt/check-log-header.ts';
import { createAttemptLog } from '../../core/attempt/create-attempt-log.ts';
import { replay } from '../../core/attempt/replay.ts';
import type { ActiveClock } from '../../core/play/active-clock.ts';
import { createPlaySession, type PlaySession } from '../../core/play/play-session.ts';
import type { PlayView } from '../../core/play/play-view.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { scoreAttempt } from '../../core/scoring/score-attempt.ts';
import type { Scorecard } from '../../core/scoring/scorecard-types.ts';
import type { AttemptStore, StorageProblem } from '../../storage/attempt-store.ts';

/** Whether this attempt survives a reload, and why not when it does not. */
export interface StorageStatus {
  /** Attempts are saved in the browser's database. */
  durable: boolean;
  /** Why they are kept in memory only. */
  problem?: StorageProblem;
}

/** A running attempt: the session, its latest view and what the trainee should know about it. */
export interface RunningSession {
  status: 'running';
  /** The play session (replies, pause, the log). */
  session: PlaySession;
  /** Its latest saved view. */
  view: PlayView;
  /** Whether it is being saved. */
  storage: StorageStatus;
  /** Id of the attempt being played. */
  attemptId: string;
  /** The attempt's mode: a resumed attempt keeps the mode it was started in. */
  mode: Mode;
  /** The attempt was started earlier and continues where it stopped. */
  resumed: boolean;
  /** A plain sentence for the trainee (e.g. why their unfinished attempt could not go on). */
  notice?: string;
  /** The scorecard, once the conversation has ended (also cached with the stored attempt). */
  scorecard?: Scorecard;
}

/** A running session and its latest view, or the reason it could not start. */
export type SessionState =
  { status: 'starting' } | RunningSession | { status: 'failed'; message: string };

/** Injected for tests; the defaults are the browser's. */
export interface SessionStoreOptions {
  /** A fresh active clock for each session. */
  clock?: () => ActiveClock;
  /** Wall clock in epoch ms. */
  now?: () => number;
  /** Ids of new attempts. */
  newId?: () => string;
  /**
   * A playtest from a turn (the author's studio): the attempt starts there with this mood
   * and these flags, and an unfinished attempt of the scenario is never resumed instead.
   */
  startAt?: StartPoint;
}

/** Told when the unfinished attempt was recorded on another version of the scenario. */
export const SCENARIO_CHANGED =
  'This scenario has changed since you started it, so your unfinished attempt cannot be continued. It is kept as abandoned; this is a fresh start.';

const cannotContinue = (reason: string): string =>
  `Your unfinished attempt could not be continued (${reason}). It is kept as abandoned; this is a fresh start.`;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * Owns one play session for React: started by an effect, read with
 * useSyncExternalStore, so the component never copies engine state by hand.
 * It resumes the trainee's unfinished attempt of the scenario, or stores a new
 * one before the first customer message shows; every event is stored before
 * its effect is shown; an ended attempt is scored and marked finished.
 * It can be started again after a stop (React's StrictMode does exactly that):
 * starts run one after another, and a stopped start gives up at its next step.
 */
export class SessionStore {
  private state: SessionState = { status: 'starting' };
  private readonly listeners = new Set<() => void>();
  private session: PlaySession | undefined;
  private unsubscribe: (() => void) | undefined;
  private generation = 0;
  private starts: Promise<void> = Promise.resolve();

  constructor(
    private readonly loaded: LoadedScenario,
    private readonly trainee: string,
    private readonly mode: Mode,
    private readonly store: AttemptStore,
    private readonly options: SessionStoreOptions = {},
  ) {}

  /** Subscribes a React listener; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current state; the same object until something changes. */
  readonly getState = (): SessionState => this.state;

  /** Resumes the trainee's unfinished attempt of this scenario, or starts a new one. */
  start(): Promise<void> {
    return this.launch(false);
  }

  /** Abandons the current attempt (unless it ended) and starts a new one: "Start over". */
  readonly startFresh = async (): Promise<void> => {
    await this.abandon();
    await this.launch(true);
  };

  /**
   * Stops the current attempt and marks it abandoned (kept, never resumed) unless it
   * ended; the state keeps its last view, whose replies are refused from now on.
   */
  readonly abandon = async (): Promise<void> => {
    const session = this.session;
    this.stop();
    if (session === undefined || session.getView().done) return;
    await this.store.abandon(session.getLog().attemptId);
  };

  /** Pauses the clock (the tab was hidden). */
  pause(): void {
    // A failed save shows in the view's saveError.
    Promise.resolve(this.session?.pause()).catch(() => undefined);
  }

  /** Stops the session and its timers; a start under way gives up. */
  stop(): void {
    this.generation++;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.session?.stop();
    this.session = undefined;
  }

  private launch(fresh: boolean): Promise<void> {
    this.stop();
    const generation = this.generation;
    if (this.state.status !== 'starting') this.publish({ status: 'starting' });
    const run = this.starts.then(() => this.begin(generation, fresh));
    this.starts = run.catch(() => undefined);
    return run;
  }

  private async begin(generation: number, fresh: boolean): Promise<void> {
    const live = (): boolean => generation === this.generation;
    if (!live()) return;
    let created: string | undefined;
    try {
      let notice: string | undefined;
      if (!fresh && this.options.startAt === undefined) {
        const [unfinished] = await this.store.list({
          trainee: this.trainee,
          scenarioId: this.loaded.scenario.id,
          status: 'in-progress',
        });
        if (!live()) return;
        if (unfinished !== undefined) {
          try {
            this.run(this.createSession(unfinished.log), { resumed: true });
            return;
          } catch (error) {
            const changed = checkLogHeader(this.loaded, unfinished.log).length > 0;
            notice = changed ? SCENARIO_CHANGED : cannotContinue(messageOf(error));
            await this.store.abandon(unfinished.attemptId);
            if (!live()) return;
          }
        }
      }
      const log = createAttemptLog({
        attemptId: (this.options.newId ?? newAttemptId)(),
        loaded: this.loaded,
        trainee: this.trainee,
        mode: this.mode,
        startedAt: this.now(),
      });
      // Recorded in the log, so the stored attempt replays from the same turn.
      if (this.options.startAt !== undefined) log.start = this.options.startAt;
      // Stored before the first customer message shows; a stopped start leaves it for the next one.
      await this.store.create(log);
      created = log.attemptId;
      if (!live()) return;
      this.run(
        this.createSession(log),
        notice === undefined ? { resumed: false } : { resumed: false, notice },
      );
    } catch (error) {
      if (created !== undefined) await this.store.abandon(created).catch(() => undefined);
      if (live()) this.publish({ status: 'failed', message: messageOf(error) });
    }
  }

  /** A session that plays `log` on (an empty log is a new attempt); throws when it cannot. */
  private createSession(log: AttemptLog): PlaySession {
    return createPlaySession({
      loaded: this.loaded,
      trainee: log.trainee,
      mode: log.mode,
      log,
      clock: this.options.clock?.(),
      now: () => this.now(),
      onEvent: (event, whole) => this.store.record(event, whole),
    });
  }

  private run(session: PlaySession, meta: { resumed: boolean; notice?: string }): void {
    const log = session.getLog();
    const base = { attemptId: log.attemptId, mode: log.mode, ...meta };
    let scorecard: Scorecard | undefined;
    const show = (view: PlayView): void => {
      if (view.done && scorecard === undefined) {
        scorecard = this.score(session);
        this.finish(session, log.attemptId, scorecard, () => show(session.getView()));
      }
      const running: RunningSession = {
        status: 'running',
        session,
        view,
        storage: this.storageStatus(),
        ...base,
      };
      if (scorecard !== undefined) running.scorecard = scorecard;
      this.publish(running);
    };
    this.session = session;
    this.unsubscribe = session.subscribe(show);
    show(session.getView());
  }

  private score(session: PlaySession): Scorecard {
    const replayed = replay(this.loaded, session.getLog());
    return scoreAttempt(this.loaded, replayed.turns, replayed.ending ?? null);
  }

  /** Marks the attempt finished, then shows the state again (storage may have changed). */
  private finish(
    session: PlaySession,
    attemptId: string,
    scorecard: Scorecard,
    reshow: () => void,
  ): void {
    const again = (): void => {
      if (this.session === session) reshow();
    };
    // The attempt is there (created or resumed) and the store falls back to memory rather
    // than fail: a rejection here is unexpected, and the log stays the truth either way.
    this.store.finish(attemptId, scorecard).then(again, again);
  }

  private storageStatus(): StorageStatus {
    const { durable, problem } = this.store;
    return problem === undefined ? { durable } : { durable, problem };
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private publish(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
