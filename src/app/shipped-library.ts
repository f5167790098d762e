import * as shipped from 'virtual:shipped-scenarios';
import { buildGraph } from '../core/scenario/build-graph.ts';
import type { LoadedScenario } from '../core/scenario/loaded-scenario.ts';
import type { ShippedFailure, ShippedScenario } from '../core/scenario/shipped-scenario.ts';

/** The shipped scenarios, validated at build time, with their graphs rebuilt here. */
export interface ShippedLibrary {
  /** Playable scenarios, by id. */
  scenarios: ReadonlyMap<string, LoadedScenario>;
  /** Files that did not load. */
  failures: readonly ShippedFailure[];
}

// Written by our own build plugin (src/cli/shipped-scenarios-plugin.ts) from checked files.
const shippedScenarios = shipped.shippedScenarios as ShippedScenario[];
const shippedFailures = shipped.shippedFailures as ShippedFailure[];

function loadLibrary(): ShippedLibrary {
  const scenarios = new Map<string, LoadedScenario>();
  const failures: ShippedFailure[] = [...shippedFailures];
  for (const entry of shippedScenarios) {
    const { graph, problems } = buildGraph(entry.scenario.machine);
    if (graph === undefined || problems.length > 0) {
      const diagnostics = problems.map((p) => `${entry.file}: ${p.message}`);
      failures.push({ file: entry.file, diagnostics });
      continue;
    }
    scenarios.set(entry.scenario.id, { ...entry, graph });
  }
  return { scenarios, failures };
}

/** The library, built once on first use. */
export const shippedLibrary: ShippedLibrary = loadLibrary();

/** The playable scenarios in library order (file order), for lists and "next scenario". */
export const libraryScenarios: readonly LoadedScenario[] = [...shippedLibrary.scenarios.values()];
