import * as shipped from 'virtual:shipped-scenarios';
import { buildGraph } from '../core/scenario/build-graph.ts';
import type { LoadedScenario } from '../core/scenario/loaded-scenario.ts';
import type {
  ScenarioCard,
  ShippedCard,
  ShippedFailure,
  ShippedScenario,
} from '../core/scenario/shipped-scenario.ts';

// Written by our own build plugin (src/cli/shipped-scenarios-plugin.ts) from checked files.
const shippedCards = shipped.shippedCards as ShippedCard[];

/** Cards of the playable scenarios in library order (file order), for lists and "next scenario". */
export const libraryCards: readonly ScenarioCard[] = shippedCards.map((c) => c.card);

/** Shipped files that did not load at build time. */
export const shippedFailures: readonly ShippedFailure[] =
  shipped.shippedFailures as ShippedFailure[];

/** The card of a shipped scenario, if the library has it. */
export function shippedCard(id: string): ScenarioCard | undefined {
  return shippedCards.find((c) => c.card.id === id)?.card;
}

/** What loading one scenario's conversation came to. */
export type ShippedLoad =
  | { status: 'ready'; loaded: LoadedScenario }
  | { status: 'missing' }
  | { status: 'failed'; message: string };

const loads = new Map<string, Promise<ShippedLoad>>();
const ready = new Map<string, LoadedScenario>();

async function fetchScenario(id: string): Promise<ShippedLoad> {
  const loader = Object.hasOwn(shipped.shippedLoaders, id) ? shipped.shippedLoaders[id] : undefined;
  if (loader === undefined) return { status: 'missing' };
  let entry: ShippedScenario;
  try {
    entry = (await loader()).default as ShippedScenario;
  } catch {
    // A lost connection or a redeployed app. Not retried by itself (a render would retry
    // in a loop); a reload starts afresh.
    return {
      status: 'failed',
      message:
        'The conversation could not be downloaded. Check the connection and reload the page.',
    };
  }
  const { graph, problems } = buildGraph(entry.scenario.machine);
  if (graph === undefined || problems.length > 0) {
    const detail = problems.map((p) => p.message).join('; ');
    return { status: 'failed', message: `${entry.file} could not be built: ${detail}` };
  }
  const loaded: LoadedScenario = { ...entry, graph };
  ready.set(id, loaded);
  return { status: 'ready', loaded };
}

/**
 * One shipped scenario, ready to play: its chunk is fetched on first use and the same
 * promise is returned after, so it suits React's `use`. Never rejects.
 */
export function loadShippedScenario(id: string): Promise<ShippedLoad> {
  let load = loads.get(id);
  if (load === undefined) {
    load = fetchScenario(id);
    loads.set(id, load);
  }
  return load;
}

/** A shipped scenario that has already loaded, or undefined (no fetch is started). */
export function loadedShippedScenario(id: string): LoadedScenario | undefined {
  return ready.get(id);
}

/** A shipped file's own text, for the author's studio. */
export interface ShippedSource {
  /** Path relative to the project (`scenarios/<id>.yaml`). */
  file: string;
  /** The file's text as written. */
  text: string;
}

/** The text of a shipped scenario's file (its own chunk); undefined when unknown or offline. */
export async function loadShippedSource(id: string): Promise<ShippedSource | undefined> {
  const loader = Object.hasOwn(shipped.shippedSources, id) ? shipped.shippedSources[id] : undefined;
  if (loader === undefined) return undefined;
  try {
    return (await loader()).default as ShippedSource;
  } catch {
    return undefined;
  }
}
