import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostic.ts';
import { loadScenario } from './load-scenario.ts';

/**
 * One fixture per rule: `fixtures/valid.yaml` with one defect. Each fixture
 * states what it must produce in `# expect: line:col: severity: message`
 * header lines, exactly as the loader prints them (after the file name).
 */
const texts = import.meta.glob<string>('./fixtures/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

const fixtures = Object.entries(texts).map(([path, text]) => ({
  name: path.replace('./fixtures/', '').replace('.yaml', ''),
  text,
  expected: text
    .split('\n')
    .filter((line) => line.startsWith('# expect: '))
    .map((line) => line.slice('# expect: '.length)),
}));

/** Every rule the loader reports; each must be shown by at least one fixture (or a test below). */
const RULES = [
  'duplicate-key',
  'unsupported-tag',
  'reserved-key',
  'schema',
  'unknown-target',
  'unknown-initial',
  'missing-initial',
  'nested-final',
  'duplicate-id',
  'unreachable-state',
  'unreachable-ending',
  'dead-end',
  'trap',
  'missing-ending',
  'final-with-transitions',
  'missing-reply',
  'eventless-without-target',
  'eventless-loop',
  'root-target',
  'missing-customer',
  'single-option',
  'extra-mile-unused',
  'ignored-meta',
  'ending-on-turn',
  'id-file-mismatch',
  'machine-id-mismatch',
];

const load = (name: string, text: string) => loadScenario(text, `fixtures/${name}.yaml`);

describe('one fixture per rule', () => {
  it('the valid fixture loads with no diagnostics', () => {
    const valid = fixtures.find((f) => f.name === 'valid');
    expect(valid?.expected).toEqual([]);
    const result = load('valid', valid?.text ?? '');
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(fixtures.filter((f) => f.name !== 'valid'))('$name', ({ name, text, expected }) => {
    expect(expected.length).toBeGreaterThan(0);
    const result = load(name, text);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(
      expected.map((e) => `fixtures/${name}.yaml:${e}`),
    );
    expect(result.ok).toBe(expected.every((e) => / warning: /.test(e)));
  });

  // Not a file: Prettier (npm run format) refuses to read a fixture that is not valid YAML.
  it('syntax-error (inline)', () => {
    const text = (texts['./fixtures/valid.yaml'] ?? '').replace('title: Did', 'title: Did: it');
    expect(
      loadScenario(text, 'fixtures/syntax-error.yaml').diagnostics.map(formatDiagnostic),
    ).toEqual([
      'fixtures/syntax-error.yaml:4:8: error: Nested mappings are not allowed in compact mappings',
    ]);
  });

  it('covers every rule', () => {
    const shown = new Set(
      fixtures.flatMap((f) => load(f.name, f.text).diagnostics.map((d) => d.code)),
    );
    expect(RULES.filter((code) => !shown.has(code))).toEqual([]);
  });
});
