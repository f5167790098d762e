import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from './check-command.ts';

function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCheck(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const fixtures = 'src/core/scenario/fixtures';

describe('check:scenarios', () => {
  it('accepts the shipped scenarios and prints an analysis paragraph for each', () => {
    const { code, out } = run(['scenarios']);
    expect(code).toBe(0);
    const paragraphs = out.filter((l) => /^scenarios\/[a-z0-9-]+\.yaml: \d+ states/.test(l));
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    for (const p of paragraphs) expect(p).toMatch(/distinct paths.*Model answer \(overall \d+/);
    expect(out.at(-1)).toMatch(/no errors, 0 warnings\.$/);
  });

  it('pinpoints a broken file and exits 1', () => {
    const { code, out } = run([join(fixtures, 'unknown-target.yaml')]);
    expect(code).toBe(1);
    expect(out[0]).toBe(
      `${fixtures}/unknown-target.yaml:27:19: error: unknown state 'reasured' at the top level - did you mean 'reassured'?`,
    );
  });

  it('exits 0 for warnings only', () => {
    expect(run([join(fixtures, 'single-option.yaml')]).code).toBe(0);
  });

  it('reports names that do not exist', () => {
    const { code, err } = run(['no/such/place.yaml']);
    expect(code).toBe(1);
    expect(err).toEqual(['no/such/place.yaml: error: no such file or folder']);
  });

  it('rejects an id used by two files of the library, at the second id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extra-mile-'));
    const valid = readFileSync(join(fixtures, 'valid.yaml'), 'utf8');
    for (const folder of ['a', 'b']) {
      mkdirSync(join(dir, folder));
      writeFileSync(join(dir, folder, 'valid.yaml'), valid);
    }
    const { code, out } = run([dir]);
    expect(code).toBe(1);
    const errors = out.filter((l) => l.includes(': error: '));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /b\/valid\.yaml:\d+:\d+: error: scenario id 'valid' is already used by .*a\/valid\.yaml/,
    );
  });

  it('prints one JSON document with --json', () => {
    const { code, out } = run([
      '--json',
      join(fixtures, 'valid.yaml'),
      join(fixtures, 'trap.yaml'),
    ]);
    expect(code).toBe(1);
    const parsed = JSON.parse(out.join('\n')) as {
      files: { file: string; diagnostics: { code: string }[]; analysis?: unknown }[];
    };
    expect(parsed.files.map((f) => f.file)).toEqual([
      `${fixtures}/valid.yaml`,
      `${fixtures}/trap.yaml`,
    ]);
    expect(parsed.files[0]?.analysis).toBeDefined();
    expect(parsed.files[1]?.diagnostics.map((d) => d.code)).toContain('trap');
  });

  it('refuses unknown options with usage, exit 2', () => {
    const { code, err } = run(['--jsn']);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^unknown option --jsn/);
  });
});
