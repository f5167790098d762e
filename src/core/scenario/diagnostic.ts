/** Where a value sits in the authored document: keys and list indexes from the top. */
export type JsonPath = readonly (string | number)[];

/** How bad a problem is: errors stop a file from loading, warnings do not. */
export type Severity = 'error' | 'warning';

/** One problem found in a scenario file, located to line and column. */
export interface Diagnostic {
  /** The file as the caller named it. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** Error or warning. */
  severity: Severity;
  /** Stable machine-readable rule name, such as `unknown-target`. */
  code: string;
  /** What is wrong, in plain words, with a suggestion where one helps. */
  message: string;
  /** Where in the document the problem is. */
  path: JsonPath;
}

/** A problem before it is located in the source text. */
export interface Problem {
  /** Where in the document. */
  path: JsonPath;
  /** Error or warning. */
  severity: Severity;
  /** Stable rule name. */
  code: string;
  /** Plain-words message. */
  message: string;
  /** Point at the key rather than its value (for unknown or misspelt keys). */
  atKey?: boolean;
}

/** `file:line:col: error: message`, the one format every tool prints. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}

/**
 * A failure of the engine itself (it never throws on bad input; if it does anyway), as a
 * diagnostic at the top of the file, so the author still gets words instead of a blank page.
 */
export function failureDiagnostic(
  file: string,
  code: string,
  what: string,
  error: unknown,
): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    file,
    line: 1,
    column: 1,
    severity: 'error',
    code,
    message: `${what}: ${reason}`,
    path: [],
  };
}
