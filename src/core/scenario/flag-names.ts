import type { TransitionInfo } from './graph-types.ts';
import type { LoadedScenario } from './loaded-scenario.ts';
import type { ActionSpec, GuardSpec } from './scenario-types.ts';

function guardFlags(guard: GuardSpec | undefined, into: Set<string>): void {
  if (guard === undefined) return;
  if (guard.type === 'flag') into.add(guard.params.flag);
  if (guard.type === 'all' || guard.type === 'any') {
    for (const inner of guard.params.guards) guardFlags(inner, into);
  }
}

function actionFlags(actions: readonly ActionSpec[], into: Set<string>): void {
  for (const action of actions) {
    if (action.type === 'setFlag' || action.type === 'clearFlag') into.add(action.params.flag);
  }
}

/**
 * Every flag a scenario names: declared in `context`, read by a guard or set and cleared
 * by an action (an undeclared flag starts false). Sorted, for lists people read.
 */
export function flagNames(loaded: LoadedScenario): string[] {
  const names = new Set(Object.keys(loaded.scenario.machine.context ?? {}));
  const transition = (t: TransitionInfo) => {
    guardFlags(t.guard, names);
    actionFlags(t.actions, names);
  };
  for (const node of loaded.graph.states.values()) {
    for (const option of node.options) option.branches.forEach(transition);
    for (const timeout of node.timeouts) timeout.branches.forEach(transition);
    node.always.forEach(transition);
    actionFlags(node.entry, names);
    actionFlags(node.exit, names);
  }
  return [...names].sort();
}
