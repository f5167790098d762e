import type { AttemptEvent, AttemptLog } from '../attempt/attempt-log.ts';
import { copyAttemptLog } from '../attempt/create-attempt-log.ts';
import type { Published } from './play-view.ts';
import { SerialQueue } from './serial-queue.ts';

/** Persists an event; the next customer message is shown only after it returns (or resolves). */
export type EventSink = (event: AttemptEvent, log: AttemptLog) => void | Promise<void>;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : JSON.stringify(error);

/**
 * Appends events to the attempt log and hands them to the sink, one save at a
 * time, publishing the state each event led to only once its save is done.
 * This is what keeps "a reply is persisted before the next message is shown".
 */
export class EventRecorder {
  /** The state the player may show. */
  published: Published;
  /** Why the last save failed, until one succeeds. */
  saveError: string | undefined;
  private readonly queue = new SerialQueue();
  private saving = 0;
  private turnsSaving = 0;

  /** Records into `log` (owned by the caller); `onChange` runs whenever the view may change. */
  constructor(
    private readonly log: AttemptLog,
    initial: Published,
    private readonly sink: EventSink | undefined,
    private readonly onChange: () => void,
  ) {
    this.published = initial;
  }

  /** Some event is still being saved. */
  get isSaving(): boolean {
    return this.saving > 0;
  }

  /** A reply or timeout is still being saved: its effect is not visible yet. */
  get isTurnSaving(): boolean {
    return this.turnsSaving > 0;
  }

  /**
   * Logs `event` and saves it after the saves before it; `next` is published
   * once it is saved (even if saving failed: the failure shows as `saveError`
   * and the returned promise rejects, but the trainee is never stuck).
   */
  record(event: AttemptEvent, next: Published, movesTurn: boolean): void | Promise<void> {
    this.log.events.push(event);
    const copy = copyAttemptLog(this.log);
    this.saving++;
    if (movesTurn) this.turnsSaving++;
    const finish = (error?: unknown): void => {
      this.saving--;
      if (movesTurn) this.turnsSaving--;
      this.published = next;
      this.saveError = error === undefined ? undefined : messageOf(error);
      this.onChange();
    };
    const result = this.queue.run(() => {
      let pending: void | Promise<void>;
      try {
        pending = this.sink?.(event, copy);
      } catch (error) {
        finish(error);
        throw error;
      }
      if (!(pending instanceof Promise)) return finish();
      return pending.then(
        () => finish(),
        (error: unknown) => {
          finish(error);
          throw error;
        },
      );
    });
    // Saving has started and the view says so; a synchronous save has already published.
    if (result instanceof Promise) this.onChange();
    return result;
  }
}
