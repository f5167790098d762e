import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatDiagnostic } from './diagnostic.ts';
import { loadScenario, type LoadResult } from './load-scenario.ts';
import { MAX_SOURCE_LENGTH } from './parse-source.ts';
import { DEFAULT_SCORING } from './scenario-types.ts';

const texts = import.meta.glob<string>('./fixtures/valid.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const VALID = Object.values(texts)[0] ?? '';

/** The valid fixture as data, to rewrite into other shapes. */
const validData = (): Record<string, unknown> => parse(VALID) as Record<string, unknown>;

const printed = (result: LoadResult) => result.diagnostics.map(formatDiagnostic);

/** Line and column of the first occurrence of a piece of text, the way an editor counts. */
function positionOf(text: string, piece: string): { line: number; column: number } {
  const offset = text.indexOf(piece);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

describe('loadScenario on valid files', () => {
  it('loads the valid fixture with defaults, a graph and a fingerprint', () => {
    const result = loadScenario(VALID, 'scenarios/valid.yaml');
    if (!result.ok) throw new Error(printed(result).join('\n'));
    expect(result.diagnostics).toEqual([]);
    expect(result.loaded.file).toBe('scenarios/valid.yaml');
    expect(result.loaded.scenario.scoring).toEqual(DEFAULT_SCORING);
    expect(result.loaded.graph.root.id).toBe('valid');
    expect(result.loaded.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('returns plain objects that survive a JSON round trip', () => {
    const result = loadScenario(VALID, 'valid.yaml');
    if (!result.ok) throw new Error('expected ok');
    const { scenario } = result.loaded;
    expect(Object.getPrototypeOf(scenario.machine.states)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(scenario))).toEqual(scenario);
  });

  it('fills skills and partial scoring defaults', () => {
    const data = validData();
    delete data.skills;
    data.scoring = { pass: 60 };
    const result = loadScenario(JSON.stringify(data), 'valid.json');
    if (!result.ok) throw new Error(printed(result).join('\n'));
    expect(result.loaded.scenario.skills).toEqual([]);
    expect(result.loaded.scenario.scoring).toEqual({ weights: DEFAULT_SCORING.weights, pass: 60 });
    expect(result.loaded.scenario.scoring.weights).not.toBe(DEFAULT_SCORING.weights);
  });

  it('gives the same fingerprint for the same content in JSON or reordered YAML', () => {
    const yaml = loadScenario(VALID, 'valid.yaml');
    const json = loadScenario(JSON.stringify(validData(), null, 2), 'valid.json');
    const reordered = VALID.replace('difficulty: 1\nminutes: 4\n', 'minutes: 4\ndifficulty: 1\n');
    const moved = loadScenario(reordered, 'valid.yaml');
    const changed = loadScenario(VALID.replace('minutes: 4', 'minutes: 5'), 'valid.yaml');
    if (!yaml.ok || !json.ok || !moved.ok || !changed.ok) throw new Error('expected all to load');
    expect(json.loaded.fingerprint).toBe(yaml.loaded.fingerprint);
    expect(moved.loaded.fingerprint).toBe(yaml.loaded.fingerprint);
    expect(changed.loaded.fingerprint).not.toBe(yaml.loaded.fingerprint);
  });

  it('lets authors reuse values through anchors and aliases', () => {
    const text = VALID.replace(
      '      meta:\n        ending: { title: Dana cancels, retained: false, review: 1 }\n',
      '      meta: *ending\n',
    ).replace(
      '    reassured:\n      type: final\n      meta:\n',
      '    reassured:\n      type: final\n      meta: &ending\n',
    );
    expect(text).toContain('*ending');
    expect(text).toContain('&ending');
    const result = loadScenario(text, 'valid.yaml');
    if (!result.ok) throw new Error(printed(result).join('\n'));
    expect(result.loaded.scenario.machine.states?.leaves?.meta?.ending?.title).toBe(
      'Dana feels looked after',
    );
  });

  it('reads Windows line endings and a byte-order mark', () => {
    const crlf = loadScenario(`\uFEFF${VALID.replace(/\n/g, '\r\n')}`, 'valid.yaml');
    expect(printed(crlf)).toEqual([]);
    const typo = loadScenario(
      VALID.replace(/\n/g, '\r\n').replace('target: grumbles', 'target: grumble'),
      'valid.yaml',
    );
    expect(printed(typo)).toEqual([
      "valid.yaml:54:19: error: unknown state 'grumble' at the top level - did you mean 'grumbles'?",
    ]);
  });

  it('skips the file-name check when the name is not a scenario file path', () => {
    expect(loadScenario(VALID, '<editor>').ok).toBe(true);
    expect(loadScenario(VALID, 'C:\\scenarios\\valid.yml').ok).toBe(true);
    expect(printed(loadScenario(VALID, 'other.yaml'))).toEqual([
      "other.yaml:3:5: error: id 'valid' does not match the file name 'other.yaml': rename the file to 'valid.yaml' or change the id to 'other'",
    ]);
  });
});

describe('loadScenario on JSON', () => {
  it('locates problems at the JSON line and column', () => {
    const data = validData();
    const customer = data.customer as Record<string, unknown>;
    customer.nam = customer.name;
    delete customer.name;
    const text = JSON.stringify(data, null, 2);
    const result = loadScenario(text, 'valid.json');
    const key = positionOf(text, '"nam"');
    const parent = positionOf(text, '"customer"');
    expect(printed(result)).toEqual([
      `valid.json:${parent.line}:${parent.column}: error: missing required key 'name' in 'customer'`,
      `valid.json:${key.line}:${key.column}: error: unknown key 'nam' in 'customer' - did you mean 'name'?`,
    ]);
  });

  it('locates graph problems in JSON too', () => {
    const text = JSON.stringify(validData(), null, 2).replace(
      '"target": "grumbles"',
      '"target": "grumble"',
    );
    const at = positionOf(text, '"grumble"');
    expect(printed(loadScenario(text, 'valid.json'))).toEqual([
      `valid.json:${at.line}:${at.column}: error: unknown state 'grumble' at the top level - did you mean 'grumbles'?`,
    ]);
  });

  it('refuses duplicate keys and YAML-only syntax in a .json file', () => {
    expect(printed(loadScenario('{\n  "a": 1,\n  "a": 2\n}', 'x.json'))).toEqual([
      "x.json:3:3: error: duplicate key 'a' (first written on line 2)",
    ]);
    expect(printed(loadScenario('{"a": 1, b: 2}', 'x.json'))).toEqual([
      'x.json:1:10: error: Unresolved plain scalar "b"',
    ]);
  });
});

describe('loadScenario on broken or hostile text', () => {
  it('reports duplicate keys in YAML', () => {
    expect(printed(loadScenario('a: 1\nb: 2\na: 3\n', 'x.yaml'))).toEqual([
      "x.yaml:3:1: error: duplicate key 'a' (first written on line 1)",
    ]);
  });

  it('reports YAML syntax errors with their own position', () => {
    expect(printed(loadScenario('a: [1, 2\nb: 3\n', 'x.yaml'))[0]).toMatch(
      /^x\.yaml:\d+:\d+: error: /,
    );
    expect(printed(loadScenario('a: 1\n---\nb: 2\n', 'x.yaml'))).toEqual([
      "x.yaml:2:1: error: a scenario file holds one document: remove the second '---'",
    ]);
  });

  it('refuses a huge file with one diagnostic, without reading it', () => {
    const started = Date.now();
    const result = loadScenario('#'.repeat(MAX_SOURCE_LENGTH + 1), 'big.yaml');
    expect(printed(result)).toEqual([
      'big.yaml:1:1: error: the file is 5.0 MB; scenario files are limited to 5 MB',
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stops an alias bomb quickly', () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      lines.push(`${name}: &${name} [${Array<string>(9).fill(`*${previous}`).join(', ')}]`);
    }
    const started = Date.now();
    const result = loadScenario(lines.join('\n'), 'bomb.yaml');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['alias-bomb']);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses circular and dangling aliases', () => {
    expect(printed(loadScenario('a: &a [*a]', 'x.yaml'))).toEqual([
      "x.yaml:1:8: error: alias '*a' refers to a value that contains it",
    ]);
    expect(printed(loadScenario('a: *b', 'x.yaml'))).toEqual([
      "x.yaml:1:4: error: alias '*b' has no anchor '&b' before it",
    ]);
  });

  it('refuses data nested too deeply', () => {
    expect(
      loadScenario('['.repeat(500) + ']'.repeat(500), 'x.yaml').diagnostics.map((d) => d.code),
    ).toEqual(['too-deep']);
    expect(loadScenario('['.repeat(100_000), 'x.yaml').ok).toBe(false);
  });

  it('refuses custom tags and complex keys', () => {
    expect(printed(loadScenario('a: !!binary aGVsbG8=', 'x.yaml'))).toEqual([
      "x.yaml:1:13: error: tag '!!binary' is not allowed: scenario files hold plain data only",
    ]);
    expect(printed(loadScenario('? [a]\n: 1', 'x.yaml'))).toEqual([
      'x.yaml:1:3: error: keys must be plain names, not lists, mappings, aliases or tagged values',
    ]);
  });

  it('never lets __proto__, constructor or prototype keys through', () => {
    const hostile = [
      ['{"__proto__": {"polluted": true}}', 'x.json'],
      ['customer:\n  __proto__: { polluted: true }\n', 'x.yaml'],
      ['machine:\n  states:\n    constructor: { type: final }\n', 'x.yaml'],
      ['a: { prototype: { polluted: true } }', 'x.yaml'],
    ] as const;
    for (const [text, file] of hostile) {
      const result = loadScenario(text, file);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => d.code)).toEqual(['reserved-key']);
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('explains an empty file and a file that is not a mapping', () => {
    expect(printed(loadScenario('', 'x.yaml'))).toEqual(['x.yaml:1:1: error: the file is empty']);
    expect(printed(loadScenario('hello', 'x.yaml'))).toEqual([
      'x.yaml:1:1: error: a scenario file must be a mapping of keys, starting with format: cx-scenario/1',
    ]);
  });

  it('reports schema and graph problems in one pass, sorted by position', () => {
    const text = VALID.replace('minutes: 4\n', 'minutes: 4\nauthor: Sam\n').replace(
      'target: grumbles',
      'target: grumble',
    );
    const result = loadScenario(text, 'valid.yaml');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['schema', 'unknown-target']);
    const lines = result.diagnostics.map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});
