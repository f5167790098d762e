import type { Diagnostic as LintDiagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { Diagnostic } from '../../../core/scenario/diagnostic.ts';

/** The checker's line-and-column text for a diagnostic: `12:7 unknown state …`. */
export function markMessage(d: Diagnostic): string {
  return `${d.line}:${d.column} ${d.message}`;
}

/** The token that starts at `from` on its line: up to the next space or YAML punctuation. */
function tokenEnd(lineText: string, offset: number): number {
  const rest = lineText.slice(offset);
  const token = /^[^\s:,[\]{}]+/.exec(rest)?.[0] ?? rest.slice(0, 1);
  return offset + token.length;
}

/**
 * The engine's diagnostics as CodeMirror lint marks under the text: each marks the word at
 * its line and column (the whole line when that is past its end) and says the same as the
 * checker. Positions outside the text (it changed since the check) are clamped to it.
 */
export function lintMarks(doc: Text, diagnostics: readonly Diagnostic[]): LintDiagnostic[] {
  return diagnostics.map((d) => {
    const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
    const offset = Math.min(Math.max(0, d.column - 1), line.length);
    const end = offset < line.length ? tokenEnd(line.text, offset) : offset;
    const from = offset < line.length ? line.from + offset : line.from;
    const to = offset < line.length ? line.from + end : line.to;
    return {
      from,
      to,
      severity: d.severity,
      source: d.code,
      message: markMessage(d),
    };
  });
}
