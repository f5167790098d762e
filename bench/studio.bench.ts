/**
 * The studio's costs on generated scenarios of about 100, 1,000 and 10,000 states, written as
 * YAML (see yamlText): open (parse + load), check, analyse, build the diagram and
 * lay it out (dagre, as the layout worker does). Prints JSON; asserts nothing.
 * Run with `npm run bench:studio`. Medians of 3 runs, except the 10,000-state layout, which
 * takes minutes and is run once.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { analyseScenario } from '../src/core/analysis/analyse-scenario.ts';
import { checkScenario } from '../src/core/analysis/check-scenario.ts';
import { buildGraph } from '../src/core/scenario/build-graph.ts';
import { loadScenario } from '../src/core/scenario/load-scenario.ts';
import type { Scenario } from '../src/core/scenario/scenario-types.ts';
import { buildScenarioDiagram } from '../src/core/studio/scenario-diagram.ts';
import { layoutDiagram, layoutInputOf } from '../src/features/studio/graph/layout-diagram.ts';
import { generateScenario } from './generate-scenario.ts';

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

/** A valid scenario of about `target` states: the layer count whose size comes closest. */
function generate(target: number): Scenario {
  const width = Math.min(100, Math.max(5, Math.round(target / 10)));
  const make = (layers: number): Scenario =>
    generateScenario({ layers, width, seed: 2024, flags: true, phases: target <= 1_000 });
  const size = (scenario: Scenario): number =>
    (buildGraph(scenario.machine).graph?.order.length ?? 1) - 1;
  let layers = Math.max(2, Math.round(target / (width * 1.25)));
  let best = make(layers);
  let bestOff = Math.abs(size(best) - target);
  for (let tries = 0; tries < 8 && bestOff > target * 0.02; tries++) {
    const states = size(make(layers));
    layers = Math.max(2, layers + Math.sign(target - states));
    const next = make(layers);
    const off = Math.abs(size(next) - target);
    if (off >= bestOff) break;
    best = next;
    bestOff = off;
  }
  return best;
}

/** Keys whose values are written on one line, as authors often write marks and guards. */
const FLOW_KEYS = new Set(['meta', 'guard', 'actions', 'params']);

/** Scenario files are limited to 5 MB; a larger text is indented by one space instead of two. */
const MAX_TEXT = 4_900_000;

/**
 * The scenario as YAML (the `yaml` package's stringify of a Document), replies' meta, guards
 * and actions in flow style: block style throughout put a 10,000-state file over the 5 MB
 * limit of the format.
 */
function yamlText(scenario: Scenario): { text: string; indent: number } {
  const doc = new Document(scenario);
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || !FLOW_KEYS.has(String(pair.key.value))) return;
      if (isMap(pair.value) || isSeq(pair.value)) pair.value.flow = true;
    },
  });
  const text = doc.toString({ lineWidth: 0 });
  if (text.length <= MAX_TEXT) return { text, indent: 2 };
  return { text: doc.toString({ lineWidth: 0, indent: 1 }), indent: 1 };
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
