import type { AnalysisReport } from '../core/analysis/analysis-types.ts';
import type { Diagnostic } from '../core/scenario/diagnostic.ts';
import { checkScenario } from '../core/analysis/check-scenario.ts';

/** A file to check: its name as printed and how to read it. */
export interface FileToCheck {
  /** The name diagnostics carry. */
  file: string;
  /** Reads the text; may throw (unreadable file). */
  read: () => string;
}

/** What the checker found in one file. */
export interface FileReport {
  /** The file. */
  file: string;
  /** The scenario id, when the file loaded. */
  id?: string;
  /** Every problem, sorted by position. */
  diagnostics: Diagnostic[];
  /** The analysis, when the file loaded. */
  analysis?: AnalysisReport;
}

/**
 * Checks each file with the same core loader the browser uses, then the rules
 * that span the library (ids unique across files).
 */
export function checkFiles(files: readonly FileToCheck[]): FileReport[] {
  const reports: FileReport[] = [];
  const owners = new Map<string, string>();
  for (const { file, read } of files) {
    let text: string;
    try {
      text = read();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      reports.push({
        file,
        diagnostics: [
          {
            file,
            line: 1,
            column: 1,
            severity: 'error',
            code: 'unreadable',
            message: `cannot read the file: ${reason}`,
            path: [],
          },
        ],
      });
      continue;
    }
    const result = checkScenario(text, file);
    if (!result.ok) {
      reports.push({ file, diagnostics: result.diagnostics });
      continue;
    }
    const { scenario } = result.loaded;
    const report: FileReport = {
      file,
      id: scenario.id,
      diagnostics: [...result.diagnostics],
      analysis: result.analysis,
    };
    const owner = owners.get(scenario.id);
    if (owner === undefined) {
      owners.set(scenario.id, file);
    } else {
      const at = result.locate(['id']);
      report.diagnostics.unshift({
        file,
        line: at.line,
        column: at.column,
        severity: 'error',
        code: 'duplicate-scenario-id',
        message: `scenario id '${scenario.id}' is already used by ${owner}; ids must be unique across the library`,
        path: ['id'],
      });
      delete report.analysis;
    }
    reports.push(report);
  }
  return reports;
}
