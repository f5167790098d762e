import { readdirSync, readFileSync } from 'node:fs';
import type { AnalysisReport } from '../src/core/analysis/analysis-types.ts';
import { checkScenario } from '../src/core/analysis/check-scenario.ts';
import type { LoadedScenario } from '../src/core/scenario/loaded-scenario.ts';

/** A shipped scenario as the engine loads and analyses it. */
export interface ShippedForTest {
  /** The loaded scenario. */
  loaded: LoadedScenario;
  /** Its analysis: paths, endings, the model answer. */
  analysis: AnalysisReport;
}

/**
 * Every shipped scenario in library (file) order, read from disk, so the tests follow
 * the library instead of repeating it: a new scenario is covered without edits.
 */
export const shippedScenarios: readonly ShippedForTest[] = readdirSync('scenarios')
  .filter((name) => /\.(ya?ml|json)$/.test(name))
  .sort()
  .map((name) => {
    const result = checkScenario(readFileSync(`scenarios/${name}`, 'utf8'), `scenarios/${name}`);
    if (!result.ok) throw new Error(`scenarios/${name} does not pass the checker`);
    return { loaded: result.loaded, analysis: result.analysis };
  });
