import { describe, expect, it } from 'vitest';
import { cleanJson } from './clean-json.ts';
import { loadScenario } from './load-scenario.ts';

describe('the JSON fast path', () => {
  it('finds duplicate keys at any depth, escapes included', () => {
    const repeats = (text: string) => cleanJson(text) === undefined;
    expect(repeats('{"a":1,"b":{"a":2}}')).toBe(false);
    expect(repeats('{"a":1,"b":2,"a":3}')).toBe(true);
    expect(repeats('{"x":[{"k":1},{"k":2}],"y":{"k":"a\\"b","k2":{"z":1,"z":2}}}')).toBe(true);
    expect(repeats('{"a":1,"\\u0061":2}')).toBe(true);
    expect(repeats('{"s":"{\\"a\\":1,\\"a\\":2}"}')).toBe(false);
    expect(repeats('{ "a" : "\\\\", "b" :1, "c\\"" : 2 }')).toBe(false);
  });

  it('takes only JSON that needs no diagnostic', () => {
    const data = cleanJson('{"a":[1,{"b":null}]}');
    expect(JSON.stringify(data)).toBe('{"a":[1,{"b":null}]}');
    expect(Object.getPrototypeOf(data)).toBeNull();
    expect(Object.getPrototypeOf((data as { a: unknown[] }).a[1])).toBeNull();
    expect(cleanJson('{"a":1,"a":2}')).toBeUndefined();
    expect(cleanJson('{"__proto__":{"x":1}}')).toBeUndefined();
    expect(cleanJson('{"a":')).toBeUndefined();
    expect(cleanJson('42')).toBeUndefined();
    expect(cleanJson(`${'['.repeat(150)}${']'.repeat(150)}`)).toBeUndefined();
    expect(cleanJson(`${'['.repeat(101)}${']'.repeat(101)}`)).toBeDefined();
    expect(cleanJson(`${'['.repeat(102)}${']'.repeat(102)}`)).toBeUndefined();
  });

  it('still locates diagnostics in a JSON file read the fast way', () => {
    const text = JSON.stringify(
      { format: 'cx-scenario/1', id: 'x', title: 'X', channel: 'emial' },
      null,
      2,
    );
    const result = loadScenario(text, 'x.json');
    expect(result.ok).toBe(false);
    const channel = result.diagnostics.find((d) => d.message.startsWith("'channel'"));
    expect(channel).toMatchObject({ line: 5, column: 14 });
  });

  it('reports duplicate keys in JSON exactly as before', () => {
    const result = loadScenario('{\n  "id": "a",\n  "id": "b"\n}', 'a.json');
    expect(result.diagnostics[0]).toMatchObject({ line: 3, column: 3, code: 'duplicate-key' });
  });
});
