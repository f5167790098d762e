/** What a client uses of a worker (a `Worker` has it; tests pass stand-ins). */
export interface RequestWorker<Request, Answer> {
  /** Set by the client: answers. */
  onmessage: ((event: MessageEvent<Answer>) => void) | null;
  /** Set by the client: the worker did not start, or died. */
  onerror: ((event: ErrorEvent) => void) | null;
  /** Set by the client: an answer could not be read. */
  onmessageerror?: ((event: MessageEvent) => void) | null;
  /** Sends a request. */
  postMessage(message: Request): void;
  /** Stops the worker. */
  terminate(): void;
}

/** A request or an answer on the wire: the id ties them together. */
type Numbered<T> = T & { id: number };

/** Runs requests one at a time, keeping only the newest one waiting. */
export interface NewestRequestClient<Request, Answer> {
  /** Asks; `done` is called once, unless a newer request replaces this one first. */
  request(request: Request, done: (answer: Answer) => void): void;
  /** Stops the worker; pending requests are dropped. */
  dispose(): void;
}

/**
 * A client that sends work to a worker, or does it on the page (after a tick, so the page
 * paints first) where there is none or it failed. Requests made while one runs wait, and
 * only the newest of them is sent: while an author types, work never piles up and no old
 * answer lands after a newer one. The studio checks and lays out drafts this way.
 */
export function createNewestRequestClient<Request extends object, Answer extends object>(
  start: () => RequestWorker<Numbered<Request>, Numbered<Answer>> | undefined,
  onPage: (request: Numbered<Request>) => Numbered<Answer>,
): NewestRequestClient<Request, Answer> {
  let worker = start();
  let nextId = 1;
  let running: { id: number; request: Request; done: (answer: Answer) => void } | undefined;
  let waiting: { request: Request; done: (answer: Answer) => void } | undefined;
  let disposed = false;

  const finish = (answer: Numbered<Answer>): void => {
    if (running === undefined || answer.id !== running.id) return;
    const { done } = running;
    running = undefined;
    // The newest request goes out before the page handles this answer.
    pump();
    done(answer);
  };
  const answerOnPage = (message: Numbered<Request>): void => {
    setTimeout(() => {
      if (!disposed) finish(onPage(message));
    }, 0);
  };
  const fallBack = (): void => {
    // The worker is gone or cannot answer: the page takes over, starting with the lost request.
    worker?.terminate();
    worker = undefined;
    if (running !== undefined) answerOnPage({ ...running.request, id: running.id });
  };
  if (worker !== undefined) {
    worker.onmessage = (event) => finish(event.data);
    worker.onerror = fallBack;
    worker.onmessageerror = fallBack;
  }
  const pump = (): void => {
    if (disposed || running !== undefined || waiting === undefined) return;
    running = { ...waiting, id: nextId++ };
    waiting = undefined;
    const message = { ...running.request, id: running.id };
    if (worker === undefined) {
      answerOnPage(message);
      return;
    }
    try {
      worker.postMessage(message);
    } catch {
      fallBack();
    }
  };
  return {
    request(request, done) {
      waiting = { request, done };
      pump();
    },
    dispose() {
      disposed = true;
      waiting = undefined;
      running = undefined;
      worker?.terminate();
    },
  };
}
