/**
 * Checks and analyses generated 10,000-state scenarios and prints JSON figures.
 * Run with `npm run bench:analysis`. Timings are printed, never asserted (see architecture.md).
 *
 * Two shapes: one that branches on the trainee's choices, flags and timeouts (mood moves but
 * no guard reads it), and a stress case where one target in four sits behind an eventless
 * mood branch, so the analysis must follow the exact mood everywhere (~25 situations a state).
 */
import { stringify } from 'yaml';
import { analyseScenario } from '../src/core/analysis/analyse-scenario.ts';
import { checkScenario } from '../src/core/analysis/check-scenario.ts';
import { buildGraph } from '../src/core/scenario/build-graph.ts';
import { loadScenario } from '../src/core/scenario/load-scenario.ts';
import type { Scenario } from '../src/core/scenario/scenario-types.ts';
import { generateScenario } from './generate-scenario.ts';
import { medianTimer } from './median-timer.ts';

const TARGET_STATES = 10_000;
const RUNS = 3;

const { time, peakHeapMB } = medianTimer(RUNS);

/** A valid scenario of about 10,000 states: layers are added until the count is close. */
function generate(moodBranching: number): Scenario {
  let layers = Math.round(TARGET_STATES / 125);
  let scenario = generateScenario({ layers, width: 100, seed: 2024, flags: true, moodBranching });
  for (let tries = 0; tries < 20; tries++) {
    const states = (buildGraph(scenario.machine).graph?.order.length ?? 1) - 1;
    if (Math.abs(states - TARGET_STATES) < 150) break;
    layers = Math.max(1, Math.round((layers * TARGET_STATES) / Math.max(1, states)));
    scenario = generateScenario({ layers, width: 100, seed: 2024, flags: true, moodBranching });
  }
  return scenario;
}

function measure(moodBranching: number): Record<string, number | string | boolean> {
  const scenario = generate(moodBranching);
  const text = JSON.stringify(scenario);
  // Named after its id, as the checker requires, so the timings are of a file that passes.
  const file = `${scenario.id}.json`;
  const loaded = time(() => loadScenario(text, file));
  if (!loaded.value.ok) {
    const messages = loaded.value.diagnostics.map((d) => d.message).join('\n');
    throw new Error(`the generated scenario does not load:\n${messages}`);
  }
  const analysed = time(() =>
    analyseScenario(loaded.value.ok ? loaded.value.loaded : (undefined as never)),
  );
  const checked = time(() => checkScenario(text, file));
  const report = analysed.value;
  return {
    moodBranching,
    textKB: Math.round(text.length / 1024),
    states: report.states,
    options: report.options,
    productNodes: report.productNodes,
    edges: report.edges,
    paths:
      report.paths.length > 30
        ? `${report.paths.slice(0, 6)}…(${report.paths.length} digits)`
        : report.paths,
    shortest: report.shortest?.turns ?? -1,
    longest: report.longest === 'unbounded' ? 'unbounded' : (report.longest?.turns ?? -1),
    bestOverall: report.overall.best?.overall ?? -1,
    checkOk: checked.value.ok,
    msLoad: loaded.ms,
    msAnalyse: analysed.ms,
    msCheckAndAnalyse: checked.ms,
  };
}

/** YAML parsing keeps a position for every value; the 10,000-state YAML is over the 5 MB limit. */
function measureYaml(): Record<string, number | string | boolean> {
  const scenario = generateScenario({ layers: 16, width: 100, seed: 2024, flags: true });
  const text = stringify(scenario);
  const loaded = time(() => loadScenario(text, `${scenario.id}.yaml`));
  return {
    states: Object.keys(scenario.machine.states ?? {}).length,
    textKB: Math.round(text.length / 1024),
    loadOk: loaded.value.ok,
    msLoad: loaded.ms,
  };
}

const figures = {
  choiceBranching: measure(0),
  moodBranching: measure(0.25),
  yaml: measureYaml(),
  peakHeapMB: peakHeapMB(),
};
console.log(JSON.stringify(figures, null, 2));
