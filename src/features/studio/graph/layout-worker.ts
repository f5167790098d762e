/**
 * The layout's worker: dagre runs here so typing stays responsive while a large scenario is
 * laid out (seconds at 1,000 states). It imports only the layout, never the app.
 */
import { answerLayout } from './answer-layout.ts';
import type { LayoutAnswer, LayoutRequest } from './layout-protocol.ts';

/** What this module uses of a dedicated worker's scope (the app's type library knows only windows). */
interface WorkerScope {
  postMessage(message: LayoutAnswer): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<LayoutRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', (event) => scope.postMessage(answerLayout(event.data)));
