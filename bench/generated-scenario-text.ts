/**
 * Generated scenarios of a chosen size, as the YAML an author would write: shared by the
 * studio's benchmarks.
 */
import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import { buildGraph } from '../src/core/scenario/build-graph.ts';
import type { Scenario } from '../src/core/scenario/scenario-types.ts';
import { generateScenario } from './generate-scenario.ts';

/** A valid scenario of about `target` states: the layer count whose size comes closest. */
export function generate(target: number): Scenario {
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
export function yamlText(scenario: Scenario): { text: string; indent: number } {
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
