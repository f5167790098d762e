/**
 * Times the analysis on a generated 10,000-state scenario and prints JSON figures.
 * Run with `npm run bench`. Timings are printed, never asserted (see architecture.md).
 */
import { stringify } from 'yaml';
import { checkScenario } from '../src/core/analysis/check-scenario.ts';
import { loadScenario } from '../src/core/scenario/load-scenario.ts';
import { analyseScenario } from '../src/core/analysis/analyse-scenario.ts';
import { buildGraph } from '../src/core/scenario/build-graph.ts';
import { generateScenario } from './generate-scenario.ts';

const TARGET_STATES = 10_000;

let peakHeap = 0;
function sampleHeap(): void {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}

function time<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  const ms = performance.now() - started;
  sampleHeap();
  return { value, ms: Math.round(ms * 10) / 10 };
}

// Width 100 and enough layers that turns, mood branches and endings add up to ~10,000 states.
let layers = Math.round(TARGET_STATES / 125);
let scenario = generateScenario({ layers, width: 100, seed: 2024, flags: true });
for (let tries = 0; tries < 20; tries++) {
  const { graph } = buildGraph(scenario.machine);
  const states = (graph?.order.length ?? 1) - 1;
  if (Math.abs(states - TARGET_STATES) < 150) break;
  layers = Math.max(1, Math.round((layers * TARGET_STATES) / Math.max(1, states)));
  scenario = generateScenario({ layers, width: 100, seed: 2024, flags: true });
}
const text = JSON.stringify(scenario);
sampleHeap();

const figures: Record<string, number | string | boolean> = {
  layers,
  textKB: Math.round(text.length / 1024),
};

// Named after its id, as the checker requires, so the timings are of a file that passes.
const file = `${scenario.id}.json`;
const loaded = time(() => loadScenario(text, file));
if (!loaded.value.ok) {
  throw new Error(
    `the generated scenario does not load:\n${loaded.value.diagnostics.map((d) => d.message).join('\n')}`,
  );
}
figures.msLoadScenario = loaded.ms;
const checked = time(() => checkScenario(text, file));
figures.checkOk = checked.value.ok;
figures.msCheckScenario = checked.ms;
// As YAML the same scenario is over the 5 MB file limit, so YAML is timed on a smaller one:
// the YAML parser (with positions for every diagnostic) is the slow part of loading.
const yamlScenario = generateScenario({ layers: 16, width: 100, seed: 2024, flags: true });
const yamlText = stringify(yamlScenario);
const yamlLoad = time(() => loadScenario(yamlText, `${yamlScenario.id}.yaml`));
figures.yamlStates = Object.keys(yamlScenario.machine.states ?? {}).length;
figures.yamlKB = Math.round(yamlText.length / 1024);
figures.yamlLoadOk = yamlLoad.value.ok;
figures.msLoadScenarioYaml = yamlLoad.ms;

const built = time(() => buildGraph(scenario.machine));
const graph = built.value.graph;
if (graph === undefined) throw new Error('the generated scenario does not build');
const report = time(() => analyseScenario({ scenario, graph, fingerprint: 'bench', file }));

Object.assign(figures, {
  states: report.value.states,
  options: report.value.options,
  productNodes: report.value.productNodes,
  edges: report.value.edges,
  paths:
    report.value.paths.length > 30
      ? `${report.value.paths.slice(0, 6)}…(${report.value.paths.length} digits)`
      : report.value.paths,
  shortest: report.value.shortest?.turns ?? -1,
  longest: report.value.longest === 'unbounded' ? 'unbounded' : (report.value.longest?.turns ?? -1),
  overallExact: report.value.overall.best?.exact ?? false,
  bestOverall: report.value.overall.best?.overall ?? -1,
  msBuildGraph: built.ms,
  msAnalyse: report.ms,
  peakHeapMB: Math.round(peakHeap / 1024 / 1024),
});
console.log(JSON.stringify(figures, null, 2));
