import { describe, expect, it } from 'vitest';
import { parseSource } from './parse-source.ts';

const doc = `format: cx-scenario/1
customer:
  name: Dana
  tags: [a, b]
shared: &s { x: 1 }
copy: *s
empty:
machine:
  after:
    120000: chases
    ~: nothing
`;

describe('parseSource', () => {
  const { data, diagnostics, locate } = parseSource(doc, 'x.yaml');

  it('gives plain data without prototypes, keys as written', () => {
    expect(diagnostics).toEqual([]);
    expect(JSON.parse(JSON.stringify(data))).toEqual({
      format: 'cx-scenario/1',
      customer: { name: 'Dana', tags: ['a', 'b'] },
      shared: { x: 1 },
      copy: { x: 1 },
      empty: null,
      machine: { after: { '120000': 'chases', '~': 'nothing' } },
    });
    expect(Object.getPrototypeOf(data)).toBeNull();
  });

  it('locates values, keys and list items (1-based)', () => {
    expect(locate(['customer', 'name'])).toEqual({ line: 3, column: 9 });
    expect(locate(['customer', 'name'], true)).toEqual({ line: 3, column: 3 });
    expect(locate(['customer', 'tags', 1])).toEqual({ line: 4, column: 13 });
    expect(locate(['machine', 'after', '120000'], true)).toEqual({ line: 10, column: 5 });
  });

  it('falls back to the nearest existing ancestor, at its key', () => {
    expect(locate(['customer', 'mood'])).toEqual({ line: 2, column: 1 });
    expect(locate(['customer', 'tags', 5])).toEqual({ line: 4, column: 3 });
    expect(locate(['missing'])).toEqual({ line: 1, column: 1 });
    expect(locate([])).toEqual({ line: 1, column: 1 });
  });

  it('points at the key of an empty value and stops at an alias', () => {
    expect(locate(['empty'])).toEqual({ line: 7, column: 1 });
    expect(locate(['copy', 'x'])).toEqual({ line: 6, column: 1 });
  });

  it('reads JSON with positions and YAML syntax errors with theirs', () => {
    const json = parseSource('{\n  "a": {\n    "b": [1, true]\n  }\n}', 'x.json');
    expect(json.diagnostics).toEqual([]);
    expect(json.locate(['a', 'b', 1])).toEqual({ line: 3, column: 14 });
    const broken = parseSource('a: "open\n', 'x.yaml');
    expect(broken.diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([[2, 1, 'syntax']]);
  });
});
