import { answerLayout } from './answer-layout.ts';
import type { LayoutAnswer, LayoutRequest } from './layout-protocol.ts';
import type { DiagramLayout, LayoutInput } from './layout-types.ts';
import { createNewestRequestClient, type RequestWorker } from '../newest-request-client.ts';

/** What the client uses of a worker (a `Worker` has it; tests pass stand-ins). */
export type LayoutWorker = RequestWorker<LayoutRequest, LayoutAnswer>;

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

/**
 * A client that lays out in a worker, or on the page where there is none or it died; only
 * the newest waiting request is laid out (see createNewestRequestClient).
 */
export function createLayoutClient(
  start: () => LayoutWorker | undefined = startLayoutWorker,
): LayoutClient {
  const client = createNewestRequestClient<Omit<LayoutRequest, 'id'>, LayoutResult>(
    start,
    answerLayout,
  );
  return {
    request: (input, done) =>
      client.request({ input }, (answer) =>
        done('layout' in answer ? { layout: answer.layout } : { failed: answer.failed }),
      ),
    dispose: () => client.dispose(),
  };
}
