import type { StateNodeInfo } from '../../core/scenario/graph-types.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';

/** A turn's state and the states around it, innermost first: their options are all open there. */
function lineage(loaded: LoadedScenario, state: string): StateNodeInfo[] {
  const nodes: StateNodeInfo[] = [];
  for (let node = loaded.graph.states.get(state); node !== undefined;) {
    nodes.push(node);
    node = node.parent === null ? undefined : loaded.graph.states.get(node.parent);
  }
  return nodes;
}

/** The reply text of an option chosen at a turn (the first alternative's), for reports. */
export function describeChoice(
  loaded: LoadedScenario | undefined,
): (state: string, choice: string) => string | undefined {
  return (state, choice) => {
    if (loaded === undefined || choice === 'wait') return undefined;
    for (const node of lineage(loaded, state)) {
      const option = node.options.find((o) => o.event === choice);
      if (option !== undefined) return option.branches[0]?.meta.reply;
    }
    return undefined;
  };
}

/** What the customer said at a turn, shortened: how a manager recognises the turn. */
export function turnLabel(loaded: LoadedScenario | undefined, state: string): string {
  const said = loaded?.graph.states.get(state)?.meta.customer;
  if (said === undefined) return state.split('.').pop() ?? state;
  const first = said.trim().split(/\n+/)[0] ?? said;
  return first.length > 90 ? `${first.slice(0, 87)}…` : first;
}
