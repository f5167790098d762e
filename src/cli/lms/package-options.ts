import { isMoveOn, MOVE_ON_VALUES, type MoveOn } from '../../features/lms/cmi5-move-on.ts';

/** The publisher IRI every course and AU id starts with, unless `--iri-base` says otherwise. */
export const DEFAULT_IRI_BASE = 'https://extra-mile.app/xapi/activities/';
/** Where packages go, unless `--out` says otherwise. */
export const DEFAULT_OUT = 'dist-lms';

/** What the command was asked to do. */
export interface PackageOptions {
  /** Scenario ids named with `--scenario`, in order, without repeats; empty means all. */
  scenarioIds: string[];
  /** One package holding every chosen scenario instead of one package per scenario. */
  library: boolean;
  /** Output folder. */
  out: string;
  /** IRI base for course and AU ids, ending in `/` or `#`. */
  iriBase: string;
  /** The cmi5 moveOn written for every AU. */
  moveOn: MoveOn;
}

/** Options, a request for the usage text, or every problem with the arguments. */
export type ParsedOptions =
  | { kind: 'options'; options: PackageOptions }
  | { kind: 'help' }
  | { kind: 'invalid'; problems: string[] };

const VALUE_OPTIONS = ['--scenario', '--out', '--iri-base', '--move-on'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function isValueOption(name: string): name is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(name);
}

/** Why a base cannot start an IRI, or the base ready to append to. */
export function checkIriBase(raw: string): { base: string } | { problem: string } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: `--iri-base: '${raw}' is not an absolute IRI (such as ${DEFAULT_IRI_BASE})` };
  }
  if (url.search !== '') {
    return { problem: `--iri-base: '${raw}' has a query string; ids are made by appending to it` };
  }
  if (url.hash !== '' && url.hash !== '#') {
    return { problem: `--iri-base: '${raw}' has a fragment; end it with '/' or '#'` };
  }
  return { base: /[/#:]$/.test(raw) ? raw : `${raw}/` };
}

function moveOnFrom(raw: string): { moveOn: MoveOn } | { problem: string } {
  if (isMoveOn(raw)) return { moveOn: raw };
  const sameLetters = MOVE_ON_VALUES.find((v) => v.toLowerCase() === raw.toLowerCase());
  const hint = sameLetters === undefined ? '' : ` (did you mean ${sameLetters}? the case matters)`;
  return {
    problem: `--move-on: '${raw}' is not a cmi5 moveOn value${hint}; use one of ${MOVE_ON_VALUES.join(', ')}`,
  };
}

/** Reads `--name value` and `--name=value` pairs and flags; names every problem at once. */
export function parsePackageOptions(args: readonly string[]): ParsedOptions {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help' };
  const problems: string[] = [];
  const values: Record<ValueOption, string[]> = {
    '--scenario': [],
    '--out': [],
    '--iri-base': [],
    '--move-on': [],
  };
  let library = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--library') {
      if (eq > 0) problems.push('--library takes no value');
      library = true;
      continue;
    }
    if (isValueOption(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value.trim() === '' || (eq < 0 && value.startsWith('--'))) {
        problems.push(`${name} needs a value`);
        if (value?.startsWith('--')) i--;
        continue;
      }
      values[name].push(value.trim());
      continue;
    }
    problems.push(
      arg.startsWith('-')
        ? `unknown option ${arg}`
        : `unexpected argument '${arg}' (name scenarios with --scenario)`,
    );
  }
  for (const name of ['--out', '--iri-base', '--move-on'] as const) {
    if (values[name].length > 1)
      problems.push(`${name} given ${values[name].length} times; give it once`);
  }
  const iri = checkIriBase(values['--iri-base'][0] ?? DEFAULT_IRI_BASE);
  if ('problem' in iri) problems.push(iri.problem);
  const moveOn = moveOnFrom(values['--move-on'][0] ?? 'Passed');
  if ('problem' in moveOn) problems.push(moveOn.problem);
  if (problems.length > 0 || 'problem' in iri || 'problem' in moveOn)
    return { kind: 'invalid', problems };
  return {
    kind: 'options',
    options: {
      scenarioIds: [...new Set(values['--scenario'])],
      library,
      out: values['--out'][0] ?? DEFAULT_OUT,
      iriBase: iri.base,
      moveOn: moveOn.moveOn,
    },
  };
}

/** The usage text. */
export const PACKAGE_USAGE = `Usage: npm run package:lms -- [options]

Builds the app once (relative base, so it runs from any folder) and writes, for each
scenario, a cmi5 course package and a SCORM 1.2 package an LMS can import.

  --scenario <id>    package this scenario (repeatable; default: every shipped scenario)
  --library          one package holding every chosen scenario, instead of one per scenario
  --out <dir>        output folder (default: ${DEFAULT_OUT}/)
  --iri-base <iri>   start of the cmi5 course and AU ids (default: ${DEFAULT_IRI_BASE})
  --move-on <value>  cmi5 moveOn of every AU: ${MOVE_ON_VALUES.join(', ')} (default: Passed)
  --help             this text

Exit code 0 when every package was written, 1 when a scenario or the build is at fault,
2 for bad arguments.`;
