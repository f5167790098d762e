/**
 * The draft check's worker: loading and analysing a large scenario takes about 0.4 s at
 * 1,000 states, which here no longer freezes the editor after every pause in typing. It
 * imports only the engine, never the app.
 */
import { answerCheck } from './check-answer.ts';
import type { CheckAnswer, CheckRequest } from './check-protocol.ts';

/** What this module uses of a dedicated worker's scope (the app's type library knows only windows). */
interface WorkerScope {
  postMessage(message: CheckAnswer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', (event) => scope.postMessage(answerCheck(event.data)));
