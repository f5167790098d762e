import type { ImportPlan } from '../../core/review/import-types.ts';
import type { ReviewAttempt } from '../../core/review/review-types.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { createImportJob } from './import-job.ts';
import type { FromImportJob, ImportFile, StoredLog, ToImportJob } from './import-protocol.ts';

/** How far an import has got, for the panel's status line. */
export type ImportProgress =
  /** The files are read; the attempts they hold are being looked up among those stored. */
  | { stage: 'comparing'; attempts: number }
  /** `checked` of the `total` attempts the files hold are replayed (or found duplicate). */
  | { stage: 'checking'; checked: number; total: number };

/** What an import needs: the files, and how to get the library and the stored attempts. */
export interface ImportRequest {
  /** The files dropped or picked (read by the job), or their names and texts. */
  files: readonly ImportFile[];
  /** Every library scenario, loaded (started at once, awaited after the files are read). */
  loadScenarios: () => Promise<readonly LoadedScenario[]>;
  /** The stored attempts among these ids (only their ids and logs are used). */
  storedLogs: (attemptIds: readonly string[]) => Promise<readonly StoredLog[]>;
  /** The import's time (epoch ms). */
  now: number;
  /** Told how far the import has got. */
  onProgress?: (progress: ImportProgress) => void;
}

/** What planning an import came to; nothing is stored either way. */
export type ImportRun =
  /** What to store and the summary to show. */
  | { status: 'planned'; plan: ImportPlan }
  /** A plain sentence starting "Nothing was imported: ", shown as is. */
  | { status: 'failed'; message: string };

/** What the client uses of a worker (a `Worker` has it; tests pass stand-ins). */
export interface ImportWorker {
  /** Set by the client: the job's answers. */
  onmessage: ((event: MessageEvent) => void) | null;
  /** Set by the client: the worker did not start, or died. */
  onerror: ((event: ErrorEvent) => void) | null;
  /** Set by the client: an answer that could not be deserialised. */
  onmessageerror: ((event: MessageEvent) => void) | null;
  /** Sends a request to the job. */
  postMessage(message: ToImportJob): void;
  /** Stops the worker. */
  terminate(): void;
}

/** The import worker, started; undefined when this browser has no workers or refuses one. */
export function startImportWorker(): ImportWorker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // A content security policy or an old browser's module-worker support: the page does it.
    return undefined;
  }
}

/** Sends one request to the job and resolves with its answer. */
type Ask = (message: ToImportJob) => Promise<FromImportJob>;

/** What the job says on the way to an answer (progress, parts of the plan). */
type Interim = (message: FromImportJob) => void;

/** A way to reach the job: given where interim messages go, how to ask. */
type Transport = (onInterim: Interim) => Ask;

/** The worker never said it was running: the page does the work instead. */
class StartFailure extends Error {}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** Answers end a request; the rest is said on the way. */
const isAnswer = (message: FromImportJob): boolean =>
  message.type !== 'ready' && message.type !== 'progress' && message.type !== 'part';

/** The job through a worker: one request at a time. */
const throughWorker =
  (worker: ImportWorker): Transport =>
  (onInterim) => {
    let started = false;
    let broken: Error | undefined;
    let pending: { resolve: (m: FromImportJob) => void; reject: (e: Error) => void } | undefined;
    const fail = (error: Error): void => {
      broken ??= error;
      const waiting = pending;
      pending = undefined;
      waiting?.reject(error);
    };
    worker.onmessage = (event) => {
      const message = event.data as FromImportJob;
      if (message.type === 'ready') started = true;
      if (!isAnswer(message)) {
        onInterim(message);
        return;
      }
      const waiting = pending;
      pending = undefined;
      waiting?.resolve(message);
    };
    worker.onerror = (event) => {
      // Shown to the manager, so not also left uncaught in the console.
      event.preventDefault();
      if (!started) {
        fail(new StartFailure('the import worker did not start'));
        return;
      }
      const detail = event.message ? ` (${event.message})` : '';
      fail(new Error(`the check stopped unexpectedly${detail}`));
    };
    worker.onmessageerror = () =>
      fail(new Error('the check sent an answer that could not be read'));
    return (message) =>
      new Promise((resolve, reject) => {
        if (broken !== undefined) {
          reject(broken);
          return;
        }
        pending = { resolve, reject };
        worker.postMessage(message);
      });
  };

/** The job on the page's own thread, when no worker runs. */
const onThePage: Transport = (onInterim) => {
  let answer: FromImportJob | undefined;
  const job = createImportJob((message) => {
    if (isAnswer(message)) answer = message;
    else onInterim(message);
  });
  return async (message) => {
    // Lets the status line paint first: the job keeps the page busy until it answers.
    await new Promise((resolve) => setTimeout(resolve, 30));
    answer = undefined;
    await job(message);
    return answer ?? { type: 'failed', reason: 'the check gave no answer' };
  };
};

const failed = (reason: string): ImportRun => ({
  status: 'failed',
  message: `Nothing was imported: ${reason}`,
});

const unexpected = (answer: FromImportJob): ImportRun =>
  answer.type === 'failed' ? failed(answer.reason) : failed(`the check answered '${answer.type}'`);

/** Phase 1 (read, list ids), the store's lookup of just those ids, phase 2 (plan). */
async function converse(
  transport: Transport,
  request: ImportRequest,
  scenarios: Promise<readonly LoadedScenario[]>,
): Promise<ImportRun> {
  const parts: ReviewAttempt[][] = [];
  const ask = transport((message) => {
    if (message.type === 'progress') {
      const { checked, total } = message;
      request.onProgress?.({ stage: 'checking', checked, total });
    } else if (message.type === 'part') parts.push(message.toStore);
  });
  const read = await ask({ type: 'read', files: [...request.files] });
  if (read.type !== 'read') return unexpected(read);
  request.onProgress?.({ stage: 'comparing', attempts: read.attempts });
  let library: readonly LoadedScenario[];
  let stored: readonly StoredLog[];
  try {
    [library, stored] = await Promise.all([
      scenarios.catch((error: unknown) => {
        throw new Error(`the scenario library could not be loaded: ${reasonOf(error)}`);
      }),
      request.storedLogs(read.attemptIds).catch((error: unknown) => {
        throw new Error(`the attempts already stored could not be read: ${reasonOf(error)}`);
      }),
    ]);
  } catch (error) {
    return failed(reasonOf(error));
  }
  request.onProgress?.({ stage: 'checking', checked: 0, total: read.attempts });
  const planned = await ask({
    type: 'plan',
    // Only the logs cross over: a stored row's scorecard and summary are not needed.
    stored: stored.map((s) => ({ attemptId: s.attemptId, log: s.log })),
    scenarios: [...library],
    now: request.now,
  });
  if (planned.type !== 'planned') return unexpected(planned);
  const toStore = parts.flat();
  // Never store part of a plan.
  if (toStore.length !== planned.attempts) return failed('the check sent an incomplete answer');
  return { status: 'planned', plan: { toStore, summary: planned.summary } };
}

/**
 * Plans an import off the page's thread: a worker reads the files and answers with the
 * attempt ids they hold, the store is asked for just those, and the worker replays every
 * attempt, reporting progress. Where no worker starts (jsdom, old browsers), the same job
 * runs on the page: the same plan either way (see `planImport`). Stores nothing; never
 * rejects: a failure is a plain "Nothing was imported: …" message.
 */
export async function runImport(
  request: ImportRequest,
  startWorker: () => ImportWorker | undefined = startImportWorker,
): Promise<ImportRun> {
  const scenarios = (async () => request.loadScenarios())();
  // Awaited only once the files are read; an early failure must not go unhandled meanwhile.
  scenarios.catch(() => undefined);
  try {
    const worker = startWorker();
    if (worker !== undefined) {
      try {
        return await converse(throughWorker(worker), request, scenarios);
      } catch (error) {
        if (!(error instanceof StartFailure)) throw error;
      } finally {
        worker.terminate();
      }
    }
    return await converse(onThePage, request, scenarios);
  } catch (error) {
    return failed(reasonOf(error));
  }
}
