import { layoutDiagram } from './layout-diagram.ts';
import type { LayoutAnswer, LayoutRequest } from './layout-protocol.ts';

/** Lays out one request; a failure is an answer too (never throws). */
export function answerLayout(request: LayoutRequest): LayoutAnswer {
  try {
    return { id: request.id, layout: layoutDiagram(request.input) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { id: request.id, failed: `the graph could not be laid out: ${reason}` };
  }
}
