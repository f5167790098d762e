import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic } from '../core/scenario/diagnostic.ts';
import { checkScenario } from '../core/analysis/check-scenario.ts';
import type { ShippedFailure, ShippedScenario } from '../core/scenario/shipped-scenario.ts';

const VIRTUAL_ID = 'virtual:shipped-scenarios';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
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

/**
 * Validates the shipped scenarios at build time and hands them to the browser
 * as data, so a trainee's first load carries no YAML parser or schema. A broken
 * file never breaks the app: it is listed with its diagnostics instead.
 */
export function shippedScenariosPlugin(dir: string, prefix = 'scenarios'): Plugin {
  return {
    name: 'extra-mile:shipped-scenarios',
    resolveId(source) {
      return source === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(dir);
      const { scenarios, failures } = collectShipped(dir, prefix);
      for (const failure of failures) this.warn(failure.diagnostics.join('\n'));
      return [
        `export const shippedScenarios = ${JSON.stringify(scenarios)};`,
        `export const shippedFailures = ${JSON.stringify(failures)};`,
      ].join('\n');
    },
    configureServer(server) {
      server.watcher.add(dir);
      const reload = (path: string) => {
        if (!path.startsWith(dir) || !SCENARIO_FILE.test(path)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module !== undefined) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
    },
  };
}
