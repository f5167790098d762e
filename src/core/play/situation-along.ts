import type { PathStep } from '../analysis/analysis-types.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { TransitionInfo } from '../scenario/graph-types.ts';
import {
  isStuck,
  openOptions,
  openTimeouts,
  start,
  take,
  type Settled,
} from '../scenario/semantics.ts';
import { isDescendant } from '../scenario/state-tree.ts';

/** The mood and flags the conversation has when it arrives at a turn. */
export interface Situation {
  /** The turn the path arrives at (the first turn inside `upTo` when that is a phase). */
  state: string;
  /** The customer's mood, 0..100. */
  mood: number;
  /** Every flag's value. */
  flags: Record<string, boolean>;
}

/** The choice that lets the customer's patience run out, as analysis paths write it. */
const WAIT = 'wait';

/** The transition a step takes from where the walk is, or undefined when it cannot be taken. */
function stepTransition(
  loaded: LoadedScenario,
  at: Settled,
  step: PathStep | string,
): TransitionInfo | undefined {
  const { graph } = loaded;
  const choice = typeof step === 'string' ? step : step.choice;
  const option = openOptions(graph, at.leaf, at.context).find((o) => o.event === choice);
  // A path step that waits says so; a bare 'wait' is an option only if one is called that.
  const waits =
    typeof step === 'string'
      ? option === undefined && choice === WAIT
      : step.choice === WAIT && step.reply === '';
  if (!waits) return option?.transition;
  const timeouts = openTimeouts(graph, at.leaf, at.context);
  if (typeof step !== 'string' && step.timeoutOf !== undefined) {
    return timeouts.find(
      (t) =>
        t.declaredOn === step.timeoutOf && (step.delay === undefined || t.delay === step.delay),
    )?.transition;
  }
  // Without saying whose timeout, the shortest one is the one that fires.
  return [...timeouts].sort((a, b) => a.delay - b.delay)[0]?.transition;
}

/**
 * The mood and flags a path has set by the time it first arrives at `upTo` (a turn, or any
 * turn inside a phase), walked with the engine's own semantics: the situation "Play from
 * here" starts in when the author picks "as this path would arrive here". The path is an
 * analysis path (such as the model answer) or plain option ids ('wait' lets the customer's
 * shortest pending timeout fire). Returns `undefined` when the path never gets there (or a
 * step cannot be taken where the walk has arrived).
 */
export function situationAlong(
  loaded: LoadedScenario,
  path: readonly (PathStep | string)[],
  upTo: string,
): Situation | undefined {
  const { graph, scenario } = loaded;
  if (!graph.states.has(upTo)) return undefined;
  const arrived = (leaf: string): boolean => leaf === upTo || isDescendant(graph, leaf, upTo);
  const first = start(graph, {
    mood: scenario.customer.mood,
    flags: { ...(scenario.machine.context ?? {}) },
  });
  if (isStuck(first)) return undefined;
  let at: Settled = first;
  for (const step of [...path, undefined]) {
    if (arrived(at.leaf) && graph.states.get(at.leaf)?.kind !== 'final') {
      return { state: at.leaf, mood: at.context.mood, flags: { ...at.context.flags } };
    }
    if (step === undefined) return undefined;
    const transition = stepTransition(loaded, at, step);
    if (transition === undefined) return undefined;
    const next = take(graph, at.leaf, at.context, transition);
    if (isStuck(next)) return undefined;
    at = next;
  }
  return undefined;
}
