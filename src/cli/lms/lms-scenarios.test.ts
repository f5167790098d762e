import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { describeScenario, loadLmsLibrary } from './lms-scenarios.ts';
import type { Scenario } from '../../core/scenario/scenario-types.ts';

const SHIPPED = fileURLToPath(new URL('../../../scenarios', import.meta.url));

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lms-scenarios-'));
  temps.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const VALID = readFileSync(
  fileURLToPath(new URL('../../core/scenario/fixtures/valid.yaml', import.meta.url)),
  'utf8',
);

describe('loadLmsLibrary', () => {
  it('loads every shipped scenario with its title, summary and pass mark', () => {
    const library = loadLmsLibrary(SHIPPED);
    expect(library.problems).toEqual([]);
    expect(library.scenarios.length).toBeGreaterThanOrEqual(13);
    const void_ = library.scenarios.find((s) => s.id === 'into-the-email-void');
    expect(void_).toMatchObject({
      title: 'Into the email void',
      pass: 70,
      file: 'scenarios/into-the-email-void.yaml',
    });
    expect(void_?.description).toMatch(/^Megan has just bought a casserole dish/);
    expect(void_?.description).not.toMatch(/\n/);
  });

  it('reports a broken file with its diagnostics', () => {
    const dir = folder({ 'broken.yaml': 'format: cx-scenario/1\nid: broken\n' });
    const library = loadLmsLibrary(dir);
    expect(library.scenarios).toEqual([]);
    expect(library.problems.length).toBeGreaterThan(0);
    expect(library.problems[0]).toMatch(/^scenarios\/broken\.yaml:\d+:\d+: error: /);
  });

  it('reports a second file that reuses an id', () => {
    // Ids match file names, so only a second extension can repeat one.
    const dir = folder({ 'valid.yaml': VALID, 'valid.yml': VALID });
    const library = loadLmsLibrary(dir);
    expect(library.problems).toEqual([
      "scenarios/valid.yml: error: scenario id 'valid' is already used by scenarios/valid.yaml",
    ]);
    expect(library.scenarios.map((s) => s.id)).toEqual(['valid']);
  });

  it('says when the folder cannot be read', () => {
    expect(loadLmsLibrary(join(tmpdir(), 'no-such-folder-for-lms')).problems).toEqual([
      'scenarios: error: cannot read the scenario folder (ENOENT)',
    ]);
  });
});

describe('describeScenario', () => {
  it('falls back to a sentence when there is no summary', () => {
    const scenario = {
      summary: '  ',
      channel: 'phone',
      minutes: 5,
      customer: { name: 'Ana' },
    } as Scenario;
    expect(describeScenario(scenario)).toBe('A phone call with Ana, about 5 minutes.');
  });
});
