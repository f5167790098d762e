/**
 * The studio's costs on generated scenarios of about 100, 1,000 and 10,000 states, written as
 * YAML (see yamlText): open (parse + load), check, analyse, build the diagram and
 * lay it out (dagre, as the layout worker does). Prints JSON; asserts nothing.
 * Run with `npm run bench:studio`. Medians of 3 runs, except the 10,000-state layout (a few
 * seconds), which is run once. Above 2,500 nodes the layout places only the links between
 * neighbouring layers (see LARGE_LAYOUT_NODES).
 */
import { analyseScenario } from '../src/core/analysis/analyse-scenario.ts';
import { checkScenario } from '../src/core/analysis/check-scenario.ts';
import { loadScenario } from '../src/core/scenario/load-scenario.ts';
import { buildScenarioDiagram } from '../src/core/studio/scenario-diagram.ts';
import { layoutDiagram, layoutInputOf } from '../src/features/studio/graph/layout-diagram.ts';
import { generate, yamlText } from './generated-scenario-text.ts';

/** Sizes to measure: the command line's (`npm run bench:studio -- 100 1000`), else all three. */
const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (SIZES.length === 0) SIZES.push(100, 1_000, 10_000);
const RUNS = 3;

/** Median of `runs` runs in ms with one decimal, and the last value. */
function time<T>(run: () => T, runs = RUNS): { value: T; ms: number } {
  const samples: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    value = run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { value: value as T, ms: Math.round((samples[Math.floor(runs / 2)] ?? NaN) * 10) / 10 };
}

function measure(target: number): Record<string, number | string> {
  const scenario = generate(target);
  const { text, indent } = yamlText(scenario);
  const file = `${scenario.id}.yaml`;
  const opened = time(() => loadScenario(text, file));
  const result = opened.value;
  if (!result.ok || result.loaded === undefined) {
    throw new Error(
      `the generated scenario does not load: ${result.diagnostics[0]?.message ?? ''}`,
    );
  }
  const loaded = result.loaded;
  const checked = time(() => checkScenario(text, file));
  const analysed = time(() => analyseScenario(loaded));
  const diagram = time(() => buildScenarioDiagram(loaded, analysed.value));
  const input = layoutInputOf(diagram.value);
  const laidOut = time(() => layoutDiagram(input), target >= 10_000 ? 1 : RUNS);
  return {
    target,
    states: analysed.value.states,
    nodes: diagram.value.nodes.length,
    edges: diagram.value.edges.length,
    textKB: Math.round(text.length / 1024),
    yamlIndent: indent,
    openMs: opened.ms,
    checkMs: checked.ms,
    analyseMs: analysed.ms,
    diagramMs: diagram.ms,
    layoutMs: laidOut.ms,
    layoutRuns: target >= 10_000 ? 1 : RUNS,
  };
}

const results = SIZES.map(measure);
console.log(JSON.stringify({ bench: 'studio', node: process.version, results }, null, 2));
