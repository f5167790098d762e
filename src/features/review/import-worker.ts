/**
 * The import's worker: reads dropped files and replays every attempt off the page's
 * thread, so the page stays responsive and shows progress. It imports only the pure core
 * (never the app layer, nor the shipped scenarios: the page sends the scenarios it loaded).
 */
import { createImportJob } from './import-job.ts';
import type { FromImportJob, ToImportJob } from './import-protocol.ts';

/** What this module uses of a dedicated worker's scope (the app's type library knows only windows). */
interface WorkerScope {
  postMessage(message: FromImportJob): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToImportJob>) => void): void;
}

const scope = self as unknown as WorkerScope;
const handle = createImportJob((message) => scope.postMessage(message));
scope.addEventListener('message', (event) => void handle(event.data));
scope.postMessage({ type: 'ready' });
