import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { TimingCase } from './assumed-timing.ts';
import type { EdgeMarks } from './edge-marks.ts';
import type { GraphStructure } from './graph-structure.ts';
import type { ProductGraph } from './product-graph.ts';
import type { ToEnding } from './routes.ts';
import type { SolverLayout } from './solver-layout.ts';

/** Everything computed once about a scenario's product graph and shared by the analysis passes. */
export interface Explored {
  /** The scenario. */
  loaded: LoadedScenario;
  /** Its product graph. */
  pg: ProductGraph;
  /** Components and cycles. */
  structure: GraphStructure;
  /** Shortest ways to an ending. */
  ending: ToEnding;
  /** The graph laid out for the best-walk solver. */
  layout: SolverLayout;
  /** Decisions on the longest walk to an ending (Infinity when cycles make walks endless). */
  longestTurns: number;
  /** Edge marks under each timing assumption. */
  marks: Record<TimingCase, EdgeMarks>;
}
