import type { Mode } from '../../core/attempt/attempt-log.ts';
import { createPlaySession, type PlaySession } from '../../core/play/play-session.ts';
import type { PlayView } from '../../core/play/play-view.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import type { StorageProblem } from '../../storage/attempt-store.ts';

/** Whether this attempt survives a reload, and why not when it does not. */
export interface StorageStatus {
  /** Attempts are saved in the browser's database. */
  durable: boolean;
  /** Why they are kept in memory only. */
  problem?: StorageProblem;
}

/** A running session and its latest view, or the reason it could not start. */
export type SessionState =
  | { status: 'starting' }
  | { status: 'running'; session: PlaySession; view: PlayView; storage: StorageStatus }
  | { status: 'failed'; message: string };

// Until the attempt store is wired in, nothing is stored; no problem is reported either.
const NOT_STORED: StorageStatus = { durable: false };

/**
 * Owns one play session for React: started by an effect, read with
 * useSyncExternalStore, so the component never copies engine state by hand.
 * It can be started again after a stop (React's StrictMode does exactly that).
 */
export class SessionStore {
  private state: SessionState = { status: 'starting' };
  private readonly listeners = new Set<() => void>();
  private session: PlaySession | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly loaded: LoadedScenario,
    private readonly trainee: string,
    private readonly mode: Mode,
  ) {}

  /** Subscribes a React listener; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current state; the same object until something changes. */
  readonly getState = (): SessionState => this.state;

  /** Starts a new session (the timers start here, never during render). */
  start(): void {
    this.stop();
    try {
      const session = createPlaySession({
        loaded: this.loaded,
        trainee: this.trainee,
        mode: this.mode,
      });
      this.session = session;
      this.unsubscribe = session.subscribe((view) =>
        this.publish({ status: 'running', session, view, storage: NOT_STORED }),
      );
      this.publish({ status: 'running', session, view: session.getView(), storage: NOT_STORED });
    } catch (error) {
      this.publish({
        status: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  /** Pauses the clock (the tab was hidden). */
  pause(): void {
    void this.session?.pause();
  }

  /** Stops the session and its timers. */
  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.session?.stop();
    this.session = undefined;
  }

  private publish(state: SessionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
