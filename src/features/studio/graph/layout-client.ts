import { answerLayout } from './answer-layout.ts';
import type { LayoutAnswer, LayoutRequest } from './layout-protocol.ts';
import type { DiagramLayout, LayoutInput } from './layout-types.ts';

/** What the client uses of a worker (a `Worker` has it; tests pass stand-ins). */
export interface LayoutWorker {
  /** Set by the client: answers. */
  onmessage: ((event: MessageEvent<LayoutAnswer>) => void) | null;
  /** Set by the client: the worker did not start, or died. */
  onerror: ((event: ErrorEvent) => void) | null;
  /** Sends a request. */
  postMessage(message: LayoutRequest): void;
  /** Stops the worker. */
  terminate(): void;
}

/** The layout worker, started; undefined where there are no workers (jsdom) or one is refused. */
export function startLayoutWorker(): LayoutWorker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // A content security policy or no module workers: the page lays out instead.
    return undefined;
  }
}

/** What a layout came to: the layout, or a plain reason. */
export type LayoutResult = { layout: DiagramLayout } | { failed: string };

/** Lays out diagrams, one at a time, keeping only the newest request waiting. */
export interface LayoutClient {
  /** Asks for a layout; `done` is called once, unless a newer request replaces this one first. */
  request(input: LayoutInput, done: (result: LayoutResult) => void): void;
  /** Stops the worker; pending requests are dropped. */
  dispose(): void;
}

interface Pending {
  input: LayoutInput;
  done: (result: LayoutResult) => void;
}

/**
 * A client that lays out in a worker, or on the page (after a tick, so the page paints first)
 * where there is none or it died. Requests made while one runs wait, and only the newest of
 * them is laid out: while an author types, layouts never pile up.
 */
export function createLayoutClient(
  start: () => LayoutWorker | undefined = startLayoutWorker,
): LayoutClient {
  let worker = start();
  let nextId = 1;
  let running: (Pending & { id: number }) | undefined;
  let waiting: Pending | undefined;
  let disposed = false;

  const finish = (answer: LayoutAnswer): void => {
    if (running === undefined || answer.id !== running.id) return;
    const { done } = running;
    running = undefined;
    done('layout' in answer ? { layout: answer.layout } : { failed: answer.failed });
    pump();
  };
  const onPage = (request: LayoutRequest): void => {
    setTimeout(() => {
      if (!disposed) finish(answerLayout(request));
    }, 0);
  };
  if (worker !== undefined) {
    worker.onmessage = (event) => finish(event.data);
    worker.onerror = () => {
      // The worker is gone: the page takes over, starting with the request it lost.
      worker?.terminate();
      worker = undefined;
      if (running !== undefined) onPage({ id: running.id, input: running.input });
    };
  }
  const pump = (): void => {
    if (disposed || running !== undefined || waiting === undefined) return;
    running = { ...waiting, id: nextId++ };
    waiting = undefined;
    const request = { id: running.id, input: running.input };
    if (worker === undefined) onPage(request);
    else worker.postMessage(request);
  };
  return {
    request(input, done) {
      waiting = { input, done };
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
