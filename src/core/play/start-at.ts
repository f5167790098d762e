import type { StateValue } from 'xstate';
import type { StartPoint } from '../attempt/attempt-log.ts';
import type { ScenarioGraph } from '../scenario/graph-types.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { evaluateGuard, type EngineContext } from '../scenario/engine-vocabulary.ts';
import { eventlessCandidates } from '../scenario/semantics.ts';
import { initialLeaf } from '../scenario/state-tree.ts';

/** Why a playtest cannot start where it was asked to. */
export type StartAtErrorCode =
  /** No state has this id. */
  | 'unknown-state'
  /** The state is the machine itself or an ending: there is no turn to play there. */
  | 'not-a-turn'
  /** With this mood and flags an eventless transition leaves the state at once. */
  | 'moves-on'
  /** The mood is not a number from 0 to 100. */
  | 'bad-mood'
  /** A flag is not true or false. */
  | 'bad-flag';

/**
 * A start point the engine refuses. Thrown by `createPlaySession` (option `startAt`) before
 * anything is logged; the message is a plain sentence the studio can show as it is.
 */
export class StartAtError extends Error {
  /** Why it was refused, for the UI to react to. */
  readonly code: StartAtErrorCode;

  /** Creates the error with a message for people. */
  constructor(code: StartAtErrorCode, message: string) {
    super(message);
    this.name = 'StartAtError';
    this.code = code;
  }
}

/** A start point checked against the scenario: where the actor is put and with what. */
export interface ResolvedStart {
  /** The turn (an atomic state) the conversation starts at. */
  leaf: string;
  /** XState's state value of that leaf. */
  value: StateValue;
  /** Mood and flags: the scenario's initial flags overridden by the given ones. */
  context: EngineContext;
  /** What the attempt log records, so replay starts at the same place. */
  point: StartPoint;
}

/** The XState state value of a leaf: its key path from the root, nested. */
export function stateValueOf(graph: ScenarioGraph, leaf: string): StateValue {
  const keys = graph.states.get(leaf)?.keyPath ?? [];
  const last = keys[keys.length - 1];
  if (last === undefined) return {};
  let value: StateValue = last;
  for (let i = keys.length - 2; i >= 0; i--) value = { [keys[i] ?? '']: value };
  return value;
}

/**
 * Checks a start point and resolves it to a leaf. A phase (compound state) starts at its
 * initial turn. Flags not given keep the scenario's initial values. Throws `StartAtError`.
 */
export function resolveStartAt(loaded: LoadedScenario, start: StartPoint): ResolvedStart {
  const { graph, scenario } = loaded;
  const asked = graph.states.get(start.state);
  if (asked === undefined) {
    throw new StartAtError(
      'unknown-state',
      `cannot play from '${String(start.state)}': scenario '${scenario.id}' has no such state`,
    );
  }
  if (asked.id === graph.root.id) {
    throw new StartAtError(
      'not-a-turn',
      `cannot play from '${start.state}': it is the whole scenario; play it from the start instead`,
    );
  }
  if (asked.kind === 'final') {
    throw new StartAtError(
      'not-a-turn',
      `cannot play from '${start.state}': it is an ending, and there is nothing left to reply to`,
    );
  }
  const { mood } = start;
  if (typeof mood !== 'number' || !Number.isFinite(mood) || mood < 0 || mood > 100) {
    throw new StartAtError(
      'bad-mood',
      `cannot play from '${start.state}': the mood must be a number from 0 to 100, not ${String(mood)}`,
    );
  }
  const given: unknown = start.flags;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new StartAtError(
      'bad-flag',
      `cannot play from '${start.state}': the flags must be a list of names set to true or false`,
    );
  }
  const flags: Record<string, boolean> = { ...(scenario.machine.context ?? {}) };
  for (const [flag, value] of Object.entries(given)) {
    if (typeof value !== 'boolean') {
      throw new StartAtError(
        'bad-flag',
        `cannot play from '${start.state}': flag '${flag}' must be true or false, not ${String(value)}`,
      );
    }
    flags[flag] = value;
  }
  const leaf = initialLeaf(graph, asked.id).at(-1) ?? asked.id;
  const context: EngineContext = { mood, flags };
  // The actor is put at the leaf without entering it, so nothing would take an eventless
  // transition the way a real arrival does: refuse rather than show a turn that never stays.
  const moving = eventlessCandidates(graph, leaf).find(
    (t) => t.guard === undefined || evaluateGuard(t.guard, context),
  );
  if (moving !== undefined) {
    throw new StartAtError(
      'moves-on',
      `cannot play from '${leaf}': with this mood and these flags the conversation moves on at once to '${moving.target ?? leaf}'`,
    );
  }
  return {
    leaf,
    value: stateValueOf(graph, leaf),
    context,
    // Frozen: log copies share it, and nothing may change where an attempt began.
    point: Object.freeze({ state: leaf, mood, flags: Object.freeze({ ...flags }) }),
  };
}

/** The `start` of an untrusted log in shape (a missing one is `undefined`), or why it is not. */
export function parseStartPoint(raw: unknown): { start?: StartPoint } | { error: string } {
  if (typeof raw !== 'object' || raw === null || !('start' in raw) || raw.start === undefined) {
    return {};
  }
  const start: unknown = raw.start;
  if (typeof start !== 'object' || start === null)
    return { error: "the log's start is not an object" };
  const state = 'state' in start ? start.state : undefined;
  const mood = 'mood' in start ? start.mood : undefined;
  const flags = 'flags' in start ? start.flags : undefined;
  if (typeof state !== 'string') return { error: "the log's start names no state" };
  if (typeof mood !== 'number') return { error: "the log's start has no mood" };
  if (typeof flags !== 'object' || flags === null || Array.isArray(flags)) {
    return { error: "the log's start has no flags" };
  }
  return { start: { state, mood, flags: flags as Record<string, boolean> } };
}
