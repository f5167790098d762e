import type { Dimension } from '../scenario/scenario-types.ts';

/** One decision on a path: where the trainee was, what they chose and what they said. */
export interface PathStep {
  /** The state (turn) id. */
  state: string;
  /** The option id, or 'wait' to let a timeout fire. */
  choice: string;
  /** The reply text ('' when waiting). */
  reply: string;
  /** For a wait: the delay in ms after which the customer moves on. */
  delay?: number;
  /** For a wait: the state whose timeout fires (a phase's timeout may be open too). */
  timeoutOf?: string;
}

/** An ending reached by a path. */
export interface EndingRef {
  /** The final state's id. */
  state: string;
  /** The ending's title. */
  title: string;
  /** Whether the customer stays. */
  retained: boolean;
}

/** A path from the start to an ending. */
export interface PathSummary {
  /** Number of turns (decisions). */
  turns: number;
  /** The decisions. */
  path: PathStep[];
  /** Where it ends. */
  ending: EndingRef | null;
}

/** The best or worst score of one dimension and a path that reaches it. */
export interface DimensionExtreme {
  /** The score that path earns, exactly as the scorecard would give it. */
  score: number;
  /** The decisions. */
  path: PathStep[];
  /** Where it ends. */
  ending: EndingRef | null;
  /** The optimum is only approached by repeating a loop; `path` repeats it enough to show the score. */
  viaLoop: boolean;
  /** round(100 × the optimal mean): equals `score` unless a loop only approaches it. */
  limit: number;
}

/** Best and worst of one dimension; null when no path gives the dimension a score. */
export interface DimensionRange {
  /** Best reachable score, assuming instant replies. */
  best: DimensionExtreme | null;
  /** Worst reachable score, assuming the slowest replies before any timeout fires. */
  worst: DimensionExtreme | null;
}

/** The best or worst overall score found, with the per-dimension scores of that path. */
export interface OverallExtreme {
  /** Overall score of the path. */
  overall: number;
  /** Proven optimal (every path was tried); else the best found by search. */
  exact: boolean;
  /** Its dimension scores. */
  dimensions: Record<Dimension, number | null>;
  /** The decisions. */
  path: PathStep[];
  /** Where it ends. */
  ending: EndingRef | null;
}

/** A node where the conversation cannot go on: not an ending, and nothing can happen. */
export interface Trap {
  /** The stuck state's id. */
  state: string;
  /** Mood there, when guards read mood (else null). */
  mood: number | null;
  /** Tracked flags there. */
  flags: Record<string, boolean>;
  /** "stuck at 'x' when mood is 35". */
  message: string;
}

/** A decision after which eventless transitions fire forever. */
export interface EventlessLoop {
  /** The state the decision is taken in ('' when the machine loops as it starts). */
  state: string;
  /** The option id or 'wait'. */
  choice: string;
  /** The states the loop goes through. */
  via: string[];
  /** Plain words. */
  message: string;
}

/** Everything the analysis knows about a scenario. */
export interface AnalysisReport {
  /** The scenario id. */
  scenarioId: string;
  /** Number of state nodes, root excluded. */
  states: number;
  /** Number of reply options declared. */
  options: number;
  /** Ids of every final state. */
  endings: string[];
  /** Product nodes explored: (state, what guards can tell apart about the context). */
  productNodes: number;
  /** Decisions between them. */
  edges: number;
  /** Exploration hit the node limit: the figures below are left empty. */
  truncated: boolean;
  /** Leaf states some path reaches. */
  reachableStates: string[];
  /** Endings some path reaches. */
  endingsReached: string[];
  /** Endings no path reaches. */
  unreachableEndings: string[];
  /** Places the conversation gets stuck. */
  traps: Trap[];
  /** Decisions after which eventless transitions never settle. */
  eventlessLoops: EventlessLoop[];
  /** States (with context) reached from which no ending can be reached any more. */
  noWayOut: Trap[];
  /** Some reachable state lies on a cycle. */
  cyclic: boolean;
  /** Number of distinct decision sequences to an ending (decimal), or 'cyclic' when unbounded. */
  paths: string;
  /** A shortest path. */
  shortest: PathSummary | null;
  /** A longest path, or 'unbounded'. */
  longest: PathSummary | 'unbounded' | null;
  /** Best and worst per dimension. */
  dimensions: Record<Dimension, DimensionRange>;
  /** Best and worst overall score: exact for up to 50,000 paths, else the best found by search. */
  overall: { best: OverallExtreme | null; worst: OverallExtreme | null };
  /** The path of the best overall score found: the model answer. */
  modelAnswer: PathStep[] | null;
}
