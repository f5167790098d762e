import { shippedFailures, shippedScenarios } from 'virtual:shipped-scenarios';
import { buildGraph } from '../core/scenario/build-graph.ts';
import type { LoadedScenario } from '../core/scenario/loaded-scenario.ts';
import type { ShippedFailure } from '../core/scenario/shipped-scenario.ts';

/** The shipped scenarios, validated at build time, with their graphs rebuilt here. */
export interface ShippedLibrary {
  /** Playable scenarios, by id. */
  scenarios: ReadonlyMap<string, LoadedScenario>;
  /** Files that did not load. */
  failures: readonly ShippedFailure[];
}

function loadLibrary(): ShippedLibrary {
  const scenarios = new Map<string, LoadedScenario>();
  const failures: ShippedFailure[] = [...shippedFailures];
  for (const shipped of shippedScenarios) {
    const { graph, problems } = buildGraph(shipped.scenario.machine);
    if (graph === undefined || problems.length > 0) {
      failures.push({
        file: shipped.file,
        diagnostics: problems.map((p) => `${shipped.file}: ${p.message}`),
      });
      continue;
    }
    scenarios.set(shipped.scenario.id, { ...shipped, graph });
  }
  return { scenarios, failures };
}

/** The library, built once on first use. */
export const shippedLibrary: ShippedLibrary = loadLibrary();
