import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../core/scenario/diagnostic.ts';
import { lintMarks, markMessage } from './lint-marks.ts';

const doc = Text.of(['machine:', '  initial: reasured', '', 'end']);

function diagnostic(
  line: number,
  column: number,
  severity: Diagnostic['severity'] = 'error',
): Diagnostic {
  return {
    file: 'demo.yaml',
    line,
    column,
    severity,
    code: 'unknown-target',
    message: "unknown state 'reasured' - did you mean 'reassured'?",
    path: ['machine', 'initial'],
  };
}

describe('lint marks from the checker', () => {
  it('say what the checker says, with its line and column', () => {
    expect(markMessage(diagnostic(12, 7))).toBe(
      "12:7 unknown state 'reasured' - did you mean 'reassured'?",
    );
    const [mark] = lintMarks(doc, [diagnostic(2, 12)]);
    expect(mark).toMatchObject({
      severity: 'error',
      message: "2:12 unknown state 'reasured' - did you mean 'reassured'?",
    });
  });

  it('mark the word at the line and column', () => {
    const [mark] = lintMarks(doc, [diagnostic(2, 12, 'warning')]);
    expect(doc.sliceString(mark!.from, mark!.to)).toBe('reasured');
    expect(mark!.severity).toBe('warning');
    const [key] = lintMarks(doc, [diagnostic(2, 3)]);
    expect(doc.sliceString(key!.from, key!.to)).toBe('initial');
  });

  it('stay inside the text when it changed since the check', () => {
    const marks = lintMarks(doc, [
      diagnostic(3, 5),
      diagnostic(40, 1),
      diagnostic(1, 90),
      diagnostic(0, 0),
    ]);
    for (const m of marks) {
      expect(m.from).toBeGreaterThanOrEqual(0);
      expect(m.to).toBeLessThanOrEqual(doc.length);
      expect(m.from).toBeLessThanOrEqual(m.to);
    }
    expect(marks[1]!.from).toBe(doc.line(4).from);
  });
});
