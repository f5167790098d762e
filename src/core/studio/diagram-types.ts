import type { JsonPath } from '../scenario/diagnostic.ts';

/** How an ending turns out for the business: the words the legend and the list use. */
export type EndingOutcome = 'delighted' | 'cool' | 'lost';

/**
 * What a node stands for. Phases (compound states) are nodes of their own, not boxes around
 * their turns: a box per phase made the layout slower and harder to read on large files, and
 * a phase node has somewhere to hang the options and timeouts that every turn inside shares.
 */
export type DiagramNodeKind = 'turn' | 'branch' | 'ending' | 'phase';

/** Problems the analysis found at a node, each shown with an icon and words. */
export interface DiagramNodeFlags {
  /** No path reaches it (a phase: none of its turns is reached). */
  unreachable: boolean;
  /** The conversation can get stuck here: not an ending and nothing can happen. */
  trap: boolean;
  /** Reached in some situation from which no ending can be reached any more. */
  noWayOut: boolean;
}

/** Summary of an ending on its node. */
export interface DiagramEnding {
  /** The ending's headline. */
  title: string;
  /** Delighted (kept, 4–5 stars), cool (kept, 3 stars or fewer) or lost (not kept). */
  outcome: EndingOutcome;
  /** Stars the customer would leave, 1..5. */
  review: number;
}

/** One state drawn in the diagram. */
export interface DiagramNode {
  /** The state id (also the node's key). */
  id: string;
  /** Its key path joined by dots, as authors name it. */
  name: string;
  /** Turn, eventless branch, ending or phase. */
  kind: DiagramNodeKind;
  /** A short second line: the customer's words, the ending's title or the phase's first turn. */
  text: string;
  /** Id of the phase it sits in; null at the top level. */
  phase: string | null;
  /** The ending, on ending nodes. */
  ending?: DiagramEnding;
  /** What the analysis found here. */
  flags: DiagramNodeFlags;
  /** The analysis' messages for the flags (why it is a trap, in which situation). */
  notes: string[];
  /** The machine starts here (the top level's initial state). */
  start: boolean;
  /** On the model answer's path. */
  onModelAnswer: boolean;
  /** 1-based number of the model answer's decision taken here (first one if several). */
  modelStep?: number;
  /** Where the state is authored, to jump to its text. */
  path: JsonPath;
}

/** What fires an edge. */
export type DiagramEdgeKind = 'option' | 'timeout' | 'always' | 'initial';

/** The reply marks an edge carries, as authored (absent when not marked). */
export interface DiagramMarks {
  /** Tone, -2..2. */
  tone?: number;
  /** Promptness, -2..2. */
  promptness?: number;
  /** Extra mile, 0..2. */
  extraMile?: number;
  /** Mood change. */
  mood?: number;
}

/** One way from a state to another: an option's branch, a timeout, an eventless branch. */
export interface DiagramEdge {
  /** Unique within the diagram. */
  id: string;
  /** The declaring state's id. */
  source: string;
  /** Where it leads (the source itself for a transition that stays). */
  target: string;
  /** Option, timeout, eventless branch, or a phase's first turn. */
  kind: DiagramEdgeKind;
  /** Short label: the option id and its reply shortened, "after 30 s", "if mood ≥ 50". */
  label: string;
  /** The option id (option edges only). */
  event?: string;
  /** The full reply text, for a tooltip. */
  reply?: string;
  /** Guard in words, when guarded. */
  guard?: string;
  /** The marks. */
  marks: DiagramMarks;
  /** On the model answer's path. */
  onModelAnswer: boolean;
  /** Where it is authored (for initial edges: the phase). */
  path: JsonPath;
}

/** A scenario as a diagram: the input of the layout and of the graph view. */
export interface ScenarioDiagram {
  /** The scenario id. */
  scenarioId: string;
  /** Nodes in document order (the root is not drawn). */
  nodes: DiagramNode[];
  /** Edges in document order. */
  edges: DiagramEdge[];
  /** Whether an analysis was available to flag nodes and mark the model answer. */
  analysed: boolean;
}
