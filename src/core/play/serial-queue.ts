/**
 * Runs tasks one after another. A task run while the queue is idle runs at
 * once, and a synchronous one returns synchronously, so a session whose
 * persistence is synchronous (tests, CLI) needs no `await`. A failed task does
 * not block the ones after it; its caller sees the rejection.
 */
export class SerialQueue {
  private tail: Promise<void> | null = null;

  /** Runs `task` after every task queued before it; returns its promise if it has to wait or is async. */
  run(task: () => void | Promise<void>): void | Promise<void> {
    if (this.tail === null) {
      const result = task();
      return result instanceof Promise ? this.track(result) : undefined;
    }
    return this.track(this.tail.then(task));
  }

  private track(work: Promise<void>): Promise<void> {
    const ignore = (): void => undefined;
    const settled: Promise<void> = work.then(ignore, ignore).then(() => {
      if (this.tail === settled) this.tail = null;
    });
    this.tail = settled;
    return work;
  }
}
