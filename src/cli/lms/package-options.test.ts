import { describe, expect, it } from 'vitest';
import { checkIriBase, DEFAULT_IRI_BASE, parsePackageOptions } from './package-options.ts';

function options(args: string[]) {
  const parsed = parsePackageOptions(args);
  if (parsed.kind !== 'options') throw new Error(`expected options, got ${JSON.stringify(parsed)}`);
  return parsed.options;
}

function problems(args: string[]): string[] {
  const parsed = parsePackageOptions(args);
  if (parsed.kind !== 'invalid')
    throw new Error(`expected problems, got ${JSON.stringify(parsed)}`);
  return parsed.problems;
}

describe('parsePackageOptions', () => {
  it('defaults to every scenario, one package each, dist-lms, the default IRI base and moveOn Passed', () => {
    expect(options([])).toEqual({
      scenarioIds: [],
      library: false,
      out: 'dist-lms',
      iriBase: DEFAULT_IRI_BASE,
      moveOn: 'Passed',
    });
  });

  it('reads repeated --scenario, both spellings of values, and --library', () => {
    expect(
      options([
        '--scenario',
        'a',
        '--scenario=b',
        '--scenario',
        'a',
        '--library',
        '--out=out/lms',
        '--move-on',
        'CompletedOrPassed',
        '--iri-base',
        'https://example.com/ids',
      ]),
    ).toEqual({
      scenarioIds: ['a', 'b'],
      library: true,
      out: 'out/lms',
      iriBase: 'https://example.com/ids/',
      moveOn: 'CompletedOrPassed',
    });
  });

  it('asks for the usage text', () => {
    expect(parsePackageOptions(['--scenario', 'a', '--help'])).toEqual({ kind: 'help' });
  });

  it('names a missing value without swallowing the next option', () => {
    expect(problems(['--scenario', '--library', '--out'])).toEqual([
      '--scenario needs a value',
      '--out needs a value',
    ]);
    expect(problems(['--scenario='])).toEqual(['--scenario needs a value']);
  });

  it('names unknown options and stray words', () => {
    expect(problems(['--zip', 'the-angry-caller'])).toEqual([
      'unknown option --zip',
      "unexpected argument 'the-angry-caller' (name scenarios with --scenario)",
    ]);
  });

  it('lists the moveOn values, and points out a case slip', () => {
    expect(problems(['--move-on', 'passed'])[0]).toBe(
      "--move-on: 'passed' is not a cmi5 moveOn value (did you mean Passed? the case matters); use one of Passed, Completed, CompletedAndPassed, CompletedOrPassed, NotApplicable",
    );
    expect(problems(['--move-on', 'Done'])[0]).toMatch(
      /^--move-on: 'Done' is not a cmi5 moveOn value; use one of/,
    );
  });

  it('refuses single-valued options given twice and a bad IRI base, all at once', () => {
    expect(problems(['--out', 'a', '--out', 'b', '--iri-base', 'extra-mile/ids'])).toEqual([
      '--out given 2 times; give it once',
      "--iri-base: 'extra-mile/ids' is not an absolute IRI (such as https://extra-mile.app/xapi/activities/)",
    ]);
  });
});

describe('checkIriBase', () => {
  it('keeps a base that ends in / # or :, and adds / otherwise', () => {
    expect(checkIriBase('https://a.example/x/')).toEqual({ base: 'https://a.example/x/' });
    expect(checkIriBase('https://a.example/x#')).toEqual({ base: 'https://a.example/x#' });
    expect(checkIriBase('urn:extra-mile:')).toEqual({ base: 'urn:extra-mile:' });
    expect(checkIriBase('https://a.example/x')).toEqual({ base: 'https://a.example/x/' });
  });

  it('refuses query strings and fragments, which appending would break', () => {
    expect(checkIriBase('https://a.example/?v=1')).toEqual({
      problem:
        "--iri-base: 'https://a.example/?v=1' has a query string; ids are made by appending to it",
    });
    expect(checkIriBase('https://a.example/#x')).toHaveProperty('problem');
  });
});
