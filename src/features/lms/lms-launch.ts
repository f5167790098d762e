/** The LMS standards the packages speak. */
export type LmsKind = 'scorm12' | 'cmi5';

/** How an LMS launched the app: which standard and which scenario. */
export interface LmsLaunch {
  /** The standard named by `lms=`. */
  kind: LmsKind;
  /** The scenario named by `scenario=`. */
  scenarioId: string;
}

/** The launch, nothing (a normal visit), or why the launch URL cannot be used. */
export type LmsLaunchResult =
  { kind: 'none' } | { kind: 'launch'; launch: LmsLaunch } | { kind: 'invalid'; problem: string };

const KINDS: readonly LmsKind[] = ['scorm12', 'cmi5'];

/**
 * The page each package's manifest launches, relative to the package root. The LMS may
 * append its own parameters (cmi5 does), so ours use names cmi5 does not reserve.
 */
export function lmsLaunchHref(kind: LmsKind, scenarioId: string): string {
  return `index.html?lms=${kind}&scenario=${encodeURIComponent(scenarioId)}`;
}

/** Reads `lms=` and `scenario=` from a page's query string (`location.search`). */
export function readLmsLaunch(search: string): LmsLaunchResult {
  const params = new URLSearchParams(search);
  const kinds = params.getAll('lms');
  if (kinds.length === 0) return { kind: 'none' };
  const kind = kinds[0];
  if (kinds.length > 1) {
    return {
      kind: 'invalid',
      problem: `lms: given ${kinds.length} times; the launch URL must name one standard.`,
    };
  }
  if (!KINDS.includes(kind as LmsKind)) {
    return {
      kind: 'invalid',
      problem: `lms: “${kind ?? ''}” is not a standard this app speaks (scorm12 or cmi5).`,
    };
  }
  const scenarios = params.getAll('scenario');
  const scenarioId = scenarios[0]?.trim() ?? '';
  if (scenarios.length > 1) {
    return {
      kind: 'invalid',
      problem: `scenario: given ${scenarios.length} times; the launch URL must name one scenario.`,
    };
  }
  if (scenarioId === '') {
    return {
      kind: 'invalid',
      problem: 'scenario: the launch URL does not say which scenario to play.',
    };
  }
  return { kind: 'launch', launch: { kind: kind as LmsKind, scenarioId } };
}
