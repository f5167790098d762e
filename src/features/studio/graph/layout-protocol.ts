import type { DiagramLayout, LayoutInput } from './layout-types.ts';

/** A layout request to the worker. */
export interface LayoutRequest {
  /** Answers carry it back. */
  id: number;
  /** What to lay out. */
  input: LayoutInput;
}

/** The worker's answer to one request. */
export type LayoutAnswer =
  /** The layout. */
  | { id: number; layout: DiagramLayout }
  /** A plain reason the layout failed. */
  | { id: number; failed: string };
