import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkFiles, type FileReport } from './check-files.ts';
import { collectFiles } from './collect-files.ts';
import { describeAnalysis } from './describe-analysis.ts';
import { formatDiagnostic } from '../core/scenario/diagnostic.ts';

const USAGE = `Usage: npm run check:scenarios -- [--json] [files or folders...]

Checks scenario files (YAML or JSON; folders are searched recursively; default: scenarios/).
Prints every problem as file:line:column: error|warning: message, then a short analysis of
each valid scenario. Exit code 0 when no file has an error, 1 otherwise.

  --json    one JSON document with every file's diagnostics and analysis, for tools
  --help    this text`;

/** Where the command writes: standard output and standard error, replaceable in tests. */
export interface Output {
  /** A line of results. */
  out: (line: string) => void;
  /** A line about the command itself going wrong. */
  err: (line: string) => void;
}

const CONSOLE: Output = { out: (line) => console.log(line), err: (line) => console.error(line) };

function printText(reports: readonly FileReport[], notFound: readonly string[], io: Output): void {
  for (const line of notFound) io.err(line);
  for (const report of reports) {
    for (const d of report.diagnostics) io.out(formatDiagnostic(d));
    if (report.analysis !== undefined)
      io.out(`${report.file}: ${describeAnalysis(report.analysis)}`);
  }
  const errors = reports.filter((r) => r.diagnostics.some((d) => d.severity === 'error')).length;
  const warnings = reports.reduce(
    (n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length,
    0,
  );
  const files = reports.length === 1 ? '1 file' : `${reports.length} files`;
  const verdict =
    errors + notFound.length === 0 ? 'no errors' : `${errors + notFound.length} with errors`;
  io.out(`Checked ${files}: ${verdict}, ${warnings === 1 ? '1 warning' : `${warnings} warnings`}.`);
}

/** Runs the checker on command-line arguments; returns the exit code. */
export function runCheck(args: readonly string[], io: Output = CONSOLE): number {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length > 0) {
    io.err(`unknown option ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const names = args.filter((a) => !a.startsWith('-'));
  const { files, errors: notFound } = collectFiles(names.length > 0 ? names : ['scenarios']);
  const reports = checkFiles(
    files.map((file) => ({
      file: relative(process.cwd(), file) || file,
      read: () => readFileSync(file, 'utf8'),
    })),
  );
  if (json) {
    io.out(JSON.stringify({ files: reports, notFound }, null, 2));
  } else {
    printText(reports, notFound, io);
  }
  const failed =
    notFound.length > 0 || reports.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return failed ? 1 : 0;
}
