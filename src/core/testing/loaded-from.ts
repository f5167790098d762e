import { buildGraph } from '../scenario/build-graph.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import {
  DEFAULT_SCORING,
  type MachineConfig,
  type Scenario,
  type StateConfig,
} from '../scenario/scenario-types.ts';

/** For tests: a LoadedScenario straight from a machine, skipping parsing and validation. */
export function loadedFrom(
  machine: MachineConfig,
  overrides: Partial<Omit<Scenario, 'machine'>> = {},
): LoadedScenario {
  const scenario: Scenario = {
    format: 'cx-scenario/1',
    id: machine.id,
    title: machine.id,
    channel: 'chat',
    difficulty: 1,
    minutes: 3,
    skills: ['tone', 'promptness', 'extraMile'],
    customer: { name: 'Dana', mood: 50 },
    scoring: DEFAULT_SCORING,
    ...overrides,
    machine,
  };
  const { graph, problems } = buildGraph(machine);
  if (graph === undefined || problems.some((p) => p.severity === 'error')) {
    throw new Error(`test machine does not build: ${problems.map((p) => p.message).join('; ')}`);
  }
  return { scenario, graph, fingerprint: 'test', file: `${machine.id}.yaml` };
}

/** For tests: a final state with an ending (5 stars when kept, 1 when lost). */
export function endingState(title: string, retained = true): StateConfig {
  return { type: 'final', meta: { ending: { title, retained, review: retained ? 5 : 1 } } };
}
