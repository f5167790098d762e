import { answerCheck } from './check-answer.ts';
import { createCheckDecoder } from './check-decoder.ts';
import type { CheckAnswer, CheckRequest, DraftCheck } from './check-protocol.ts';
import { createNewestRequestClient, type RequestWorker } from './newest-request-client.ts';

/** What the client uses of a worker (a `Worker` has it; tests pass stand-ins). */
export type CheckWorker = RequestWorker<CheckRequest, CheckAnswer>;

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

/**
 * A client that checks in a worker, or on the page where there is none or it failed; only
 * the newest waiting request is checked (see createNewestRequestClient). Parts of the view
 * that did not change come back as the same objects (see createCheckDecoder).
 */
export function createCheckClient(
  start: () => CheckWorker | undefined = startCheckWorker,
): CheckClient {
  const client = createNewestRequestClient<Omit<CheckRequest, 'id'>, Omit<CheckAnswer, 'id'>>(
    start,
    answerCheck,
  );
  const decode = createCheckDecoder();
  return {
    request: (text, file, done) =>
      client.request({ text, file }, (answer) => done(decode(answer.result))),
    dispose: () => client.dispose(),
  };
}
