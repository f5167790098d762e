import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic } from '../core/scenario/diagnostic.ts';
import { checkScenario } from '../core/analysis/check-scenario.ts';
import {
  cardOf,
  type ShippedCard,
  type ShippedFailure,
  type ShippedScenario,
} from '../core/scenario/shipped-scenario.ts';

const VIRTUAL_ID = 'virtual:shipped-scenarios';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const SCENARIO_PREFIX = 'virtual:shipped-scenario/';
const SOURCE_PREFIX = 'virtual:shipped-source/';
/** The dev server's message when a file under scenarios/ changed. */
export const SCENARIOS_CHANGED_EVENT = 'extra-mile:scenarios-changed';
const SCENARIO_FILE = /\.(ya?ml|json)$/;

/** Loads every file of the folder with the same core loader the checker uses. */
export function collectShipped(
  dir: string,
  prefix: string,
): { scenarios: ShippedScenario[]; failures: ShippedFailure[] } {
  const scenarios: ShippedScenario[] = [];
  const failures: ShippedFailure[] = [];
  const files = readdirSync(dir)
    .filter((f) => SCENARIO_FILE.test(f))
    .sort();
  for (const name of files) {
    const file = `${prefix}/${name}`;
    const result = checkScenario(readFileSync(join(dir, name), 'utf8'), file);
    if (result.ok) {
      scenarios.push({
        file,
        scenario: result.loaded.scenario,
        fingerprint: result.loaded.fingerprint,
      });
    } else {
      failures.push({ file, diagnostics: result.diagnostics.map(formatDiagnostic) });
    }
  }
  return { scenarios, failures };
}

/** Module id of one shipped scenario's chunk. */
function scenarioModuleId(id: string): string {
  return `${SCENARIO_PREFIX}${id}`;
}

/** The index module: cards for the library, failures, and one dynamic import per scenario. */
function indexModule(scenarios: ShippedScenario[], failures: ShippedFailure[]): string {
  const cards: ShippedCard[] = scenarios.map(({ file, scenario, fingerprint }) => ({
    file,
    card: cardOf(scenario),
    fingerprint,
  }));
  const loaders = scenarios.map(
    ({ scenario }) =>
      `  ${JSON.stringify(scenario.id)}: () => import(${JSON.stringify(scenarioModuleId(scenario.id))}),`,
  );
  // The files' own text, for the author's studio only: a chunk per file, never fetched by trainees.
  const sources = scenarios.map(
    ({ scenario }) =>
      `  ${JSON.stringify(scenario.id)}: () => import(${JSON.stringify(`${SOURCE_PREFIX}${scenario.id}`)}),`,
  );
  return [
    `export const shippedCards = ${JSON.stringify(cards)};`,
    `export const shippedFailures = ${JSON.stringify(failures)};`,
    `export const shippedLoaders = {\n${loaders.join('\n')}\n};`,
    `export const shippedSources = {\n${sources.join('\n')}\n};`,
  ].join('\n');
}

/**
 * Validates the shipped scenarios at build time and hands them to the browser as data,
 * so a trainee's first load carries no YAML parser or schema. The index (cards only)
 * is part of the page; each conversation is its own chunk, fetched when it is played,
 * so the first load does not grow with the library. A broken file never breaks the
 * app: it is listed with its diagnostics instead.
 */
export function shippedScenariosPlugin(dir: string, prefix = 'scenarios'): Plugin {
  // Checked once per build (or per change in dev), not once per module.
  let cached: ReturnType<typeof collectShipped> | undefined;
  const collect = () => (cached ??= collectShipped(dir, prefix));
  let building = true;
  return {
    name: 'extra-mile:shipped-scenarios',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      cached = undefined;
    },
    resolveId(source) {
      if (
        source === VIRTUAL_ID ||
        source.startsWith(SCENARIO_PREFIX) ||
        source.startsWith(SOURCE_PREFIX)
      ) {
        return `\0${source}`;
      }
      return undefined;
    },
    load(id) {
      if (id === RESOLVED_ID) {
        // `vite build --watch` rebuilds on a change; the dev server watches the folder itself
        // (configureServer), and there a watched folder outside the root fails to resolve.
        if (building) this.addWatchFile(dir);
        const { scenarios, failures } = collect();
        for (const failure of failures) this.warn(failure.diagnostics.join('\n'));
        return indexModule(scenarios, failures);
      }
      if (id.startsWith(`\0${SOURCE_PREFIX}`)) {
        const wanted = id.slice(SOURCE_PREFIX.length + 1);
        const found = collect().scenarios.find((s) => s.scenario.id === wanted);
        if (found === undefined) this.error(`no shipped scenario '${wanted}'`);
        const name = found.file.slice(found.file.lastIndexOf('/') + 1);
        const text = readFileSync(join(dir, name), 'utf8');
        return `export default ${JSON.stringify({ file: found.file, text })};`;
      }
      if (!id.startsWith(`\0${SCENARIO_PREFIX}`)) return undefined;
      const wanted = id.slice(SCENARIO_PREFIX.length + 1);
      const found = collect().scenarios.find((s) => s.scenario.id === wanted);
      if (found === undefined) this.error(`no shipped scenario '${wanted}'`);
      return `export default ${JSON.stringify(found)};`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      const reload = (path: string) => {
        if (!path.startsWith(dir) || !SCENARIO_FILE.test(path)) return;
        cached = undefined;
        for (const module of server.moduleGraph.idToModuleMap.values()) {
          if (module.id?.startsWith('\0virtual:shipped-')) {
            server.moduleGraph.invalidateModule(module);
          }
        }
        // The app reloads its pages that show shipped scenarios; the studio, where the
        // author may be typing, keeps its state (see src/app/scenario-changes.ts).
        server.ws.send({ type: 'custom', event: SCENARIOS_CHANGED_EVENT });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
