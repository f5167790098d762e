import type { ScenarioGraph } from '../scenario/graph-types.ts';
import { type OpenOption } from '../scenario/semantics.ts';
import { transitionActions } from '../scenario/engine-vocabulary.ts';

/** Test support: compares XState's `can()` with the engine's open options. */

/** Every option event type declared anywhere in a graph, plus one nobody declares. */
export function eventUniverse(graph: ScenarioGraph): string[] {
  const events = new Set<string>(['no_such_option']);
  for (const node of graph.states.values())
    for (const option of node.options) events.add(option.event);
  return [...events].sort();
}

/** The option events a snapshot's `can()` accepts (XState internals excluded). */
export function acceptedEvents(
  snapshot: { can(event: { type: string }): boolean },
  graph: ScenarioGraph,
): string[] {
  return eventUniverse(graph).filter(
    (type) => !type.startsWith('xstate.') && snapshot.can({ type }),
  );
}

/**
 * What `can()` should accept given the open options. XState's `can()` answers
 * false for a selected transition with no target and no actions (it calls
 * those "forbidden"), although sending the event takes it (a no-op that still
 * shadows the parent); such an option is open for the engine.
 */
export function expectedAccepted(open: readonly OpenOption[]): string[] {
  return open
    .filter((o) => o.transition.target !== null || transitionActions(o.transition).length > 0)
    .map((o) => o.event)
    .sort();
}
