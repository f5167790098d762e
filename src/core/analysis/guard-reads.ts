import type { ScenarioGraph, TransitionInfo } from '../scenario/graph-types.ts';
import type { GuardSpec } from '../scenario/scenario-types.ts';

/** What the machine's guards can see: only this needs to be part of an analysis node. */
export interface GuardReads {
  /** Some guard compares the mood. */
  mood: boolean;
  /** Flags some guard reads, sorted. */
  flags: string[];
}

function collect(guard: GuardSpec, flags: Set<string>): boolean {
  switch (guard.type) {
    case 'moodAtLeast':
    case 'moodBelow':
      return true;
    case 'flag':
      flags.add(guard.params.flag);
      return false;
    case 'all':
    case 'any': {
      let mood = false;
      for (const inner of guard.params.guards) mood = collect(inner, flags) || mood;
      return mood;
    }
  }
}

/** Lists what every guard of the graph reads. */
export function guardReads(graph: ScenarioGraph): GuardReads {
  const flags = new Set<string>();
  let mood = false;
  const visit = (transition: TransitionInfo): void => {
    if (transition.guard !== undefined) mood = collect(transition.guard, flags) || mood;
  };
  for (const state of graph.states.values()) {
    for (const option of state.options) option.branches.forEach(visit);
    for (const timeout of state.timeouts) timeout.branches.forEach(visit);
    state.always.forEach(visit);
  }
  return { mood, flags: [...flags].sort() };
}
