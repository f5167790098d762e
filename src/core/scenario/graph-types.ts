import type { JsonPath } from './diagnostic.ts';
import type { ActionSpec, GuardSpec, ReplyMeta, StateMeta } from './scenario-types.ts';

/** What triggers a transition: a reply option, a timeout, or nothing (eventless). */
export type Trigger =
  { kind: 'option'; event: string } | { kind: 'timeout'; delay: number } | { kind: 'always' };

/** One transition with its target resolved to a state id, exactly as XState resolves it. */
export interface TransitionInfo {
  /** Id of the state node that declares it. */
  source: string;
  /** What triggers it. */
  trigger: Trigger;
  /** Position among the alternatives of the same trigger (XState takes the first enabled). */
  index: number;
  /** Resolved target state id; null for a targetless transition (stay). */
  target: string | null;
  /** Guard, if any. */
  guard?: GuardSpec;
  /** The authored actions (the engine adds `meta.mood` as `addMood` before them). */
  actions: ActionSpec[];
  /** Exit and re-enter the source even for self or descendant targets. */
  reenter: boolean;
  /** Reply text and marks. */
  meta: ReplyMeta;
  /** Where it is authored. */
  path: JsonPath;
}

/** A reply option: one event type with its guarded alternatives. */
export interface OptionInfo {
  /** The event type, which is the option's id. */
  event: string;
  /** Alternatives in order; XState takes the first whose guard passes. */
  branches: TransitionInfo[];
}

/** A delayed transition group: what happens after `delay` ms of silence. */
export interface TimeoutInfo {
  /** Milliseconds after entering the declaring state. */
  delay: number;
  /** Alternatives in order. */
  branches: TransitionInfo[];
}

/** Atomic states are turns, compound states group turns, final states are endings. */
export type StateKind = 'atomic' | 'compound' | 'final';

/** One state node with everything resolved. */
export interface StateNodeInfo {
  /** XState id: the custom `id`, or the machine id and key path joined by dots. */
  id: string;
  /** Key under the parent's `states` (the machine id for the root). */
  key: string;
  /** Keys from the root to this node (empty for the root). */
  keyPath: string[];
  /** Parent id, null for the root. */
  parent: string | null;
  /** Child ids in document order. */
  children: string[];
  /** Id of the initial child of a compound state. */
  initial: string | null;
  /** Atomic, compound or final. */
  kind: StateKind;
  /** Turn or ending data. */
  meta: StateMeta;
  /** Reply options declared on this node. */
  options: OptionInfo[];
  /** Delayed transitions declared on this node. */
  timeouts: TimeoutInfo[];
  /** Eventless transitions declared on this node. */
  always: TransitionInfo[];
  /** Entry actions. */
  entry: ActionSpec[];
  /** Exit actions. */
  exit: ActionSpec[];
  /** Where the state is authored (its `states.<key>` entry). */
  path: JsonPath;
}

/** The state tree of a scenario with targets resolved: the input of compile, play and analysis. */
export interface ScenarioGraph {
  /** The machine id (also the root state id). */
  machineId: string;
  /** Every state node by id, root included. */
  states: ReadonlyMap<string, StateNodeInfo>;
  /** Ids in document order (root first). */
  order: readonly string[];
  /** The root node. */
  root: StateNodeInfo;
}
