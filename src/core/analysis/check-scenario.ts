import type { Diagnostic } from '../scenario/diagnostic.ts';
import { loadScenario, locateProblems, sortDiagnostics } from '../scenario/load-scenario.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { Locate } from '../scenario/source-locator.ts';
import { analysisProblems } from './analysis-problems.ts';
import type { AnalysisReport } from './analysis-types.ts';
import { analyseScenario } from './analyse-scenario.ts';

/** A file that loaded and passed the analysis too, or every diagnostic that stops it. */
export type CheckResult =
  | {
      ok: true;
      /** The scenario, ready to play. */
      loaded: LoadedScenario;
      /** Warnings, sorted by position. */
      diagnostics: Diagnostic[];
      /** What the analysis found. */
      analysis: AnalysisReport;
      /** Finds the line and column of a path in the file. */
      locate: Locate;
    }
  | {
      ok: false;
      /** Errors and warnings, sorted by position. */
      diagnostics: Diagnostic[];
      /** The analysis, when the file loaded but the analysis found errors. */
      analysis?: AnalysisReport;
    };

function key(d: Diagnostic): string {
  return `${d.line}:${d.column}:${d.code}`;
}

/**
 * The whole check of one scenario file, shared by the command-line checker and the
 * browser: load (syntax, schema, graph rules), then the analysis, whose traps and
 * endless loops are errors and whose unreachable endings are warnings.
 */
export function checkScenario(text: string, file: string): CheckResult {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) return loaded;
  const analysis = analyseScenario(loaded.loaded);
  const seen = new Set(loaded.diagnostics.map(key));
  const found = locateProblems(
    analysisProblems(analysis, loaded.loaded.graph),
    file,
    loaded.locate,
  );
  const diagnostics = sortDiagnostics([
    ...loaded.diagnostics,
    ...found.filter((d) => !seen.has(key(d))),
  ]);
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics, analysis };
  return { ok: true, loaded: loaded.loaded, diagnostics, analysis, locate: loaded.locate };
}
