import type { AnalysisReport } from '../src/core/analysis/analysis-types.ts';
import { checkScenario } from '../src/core/analysis/check-scenario.ts';
import type { LoadedScenario } from '../src/core/scenario/loaded-scenario.ts';
import { readShippedFiles } from '../src/core/testing/shipped-files.test-support.ts';

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
export const shippedScenarios: readonly ShippedForTest[] = readShippedFiles().map(
  ({ file, text }) => {
    const result = checkScenario(text, file);
    if (!result.ok) throw new Error(`${file} does not pass the checker`);
    return { loaded: result.loaded, analysis: result.analysis };
  },
);
