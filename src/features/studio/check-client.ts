import { answerCheck } from './check-answer.ts';
import type { CheckAnswer, CheckRequest, DraftCheck } from './check-protocol.ts';

/** What the client uses of a worker (a `Worker` has it; tests pass stand-ins). */
export interface CheckWorker {
  /** Set by the client: answers. */
  onmessage: ((event: MessageEvent<CheckAnswer>) => void) | null;
  /** Set by the client: the worker did not start, or died. */
  onerror: ((event: ErrorEvent) => void) | null;
  /** Set by the client: an answer could not be read. */
  onmessageerror?: ((event: MessageEvent) => void) | null;
  /** Sends a request. */
  postMessage(message: CheckRequest): void;
  /** Stops the worker. */
  terminate(): void;
}

/** The check worker, started; undefined where there are no workers (jsdom) or one is refused. */
export function startCheckWorker(): CheckWorker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // A content security policy or no module workers: the page checks instead.
    return undefined;
  }
}

/** Checks drafts, one at a time, keeping only the newest request waiting. */
export interface CheckClient {
  /** Asks for a check; `done` is called once, unless a newer request replaces this one first. */
  request(text: string, file: string, done: (result: DraftCheck) => void): void;
  /** Stops the worker; pending requests are dropped. */
  dispose(): void;
}

interface Pending {
  text: string;
  file: string;
  done: (result: DraftCheck) => void;
}

/**
 * A client that checks in a worker, or on the page (after a tick, so the page paints first)
 * where there is none or it failed. Requests made while one runs wait, and only the newest
 * of them is checked: while an author types, checks never pile up and no old result lands
 * after a newer one.
 */
export function createCheckClient(
  start: () => CheckWorker | undefined = startCheckWorker,
): CheckClient {
  let worker = start();
  let nextId = 1;
  let running: (Pending & { id: number }) | undefined;
  let waiting: Pending | undefined;
  let disposed = false;

  const finish = (answer: CheckAnswer): void => {
    if (running === undefined || answer.id !== running.id) return;
    const { done } = running;
    running = undefined;
    // The newest request goes out before the page renders this answer.
    pump();
    done(answer.result);
  };
  const onPage = (request: CheckRequest): void => {
    setTimeout(() => {
      if (!disposed) finish(answerCheck(request));
    }, 0);
  };
  const fallBack = (): void => {
    // The worker is gone or cannot answer: the page takes over, starting with the lost request.
    worker?.terminate();
    worker = undefined;
    if (running !== undefined) {
      onPage({ id: running.id, text: running.text, file: running.file });
    }
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
    const request = { id: running.id, text: running.text, file: running.file };
    if (worker === undefined) {
      onPage(request);
      return;
    }
    try {
      worker.postMessage(request);
    } catch {
      fallBack();
    }
  };
  return {
    request(text, file, done) {
      waiting = { text, file, done };
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
