import type { LoadedScenario } from '../scenario/loaded-scenario.ts';

/** Mismatches between the log's header and the scenario it is replayed on. */
export function checkLogHeader(loaded: LoadedScenario, log: unknown): string[] {
  if (typeof log !== 'object' || log === null) return ['the log is not an object'];
  const field = (key: string): unknown =>
    key in log ? (log as Record<string, unknown>)[key] : undefined;
  const problems: string[] = [];
  if (field('format') !== 'cx-attempt/1')
    problems.push(`unknown log format '${String(field('format'))}'`);
  if (field('scenarioId') !== loaded.scenario.id) {
    problems.push(
      `the log is for scenario '${String(field('scenarioId'))}', not '${loaded.scenario.id}'`,
    );
  }
  if (field('scenarioFingerprint') !== loaded.fingerprint) {
    problems.push('the log was recorded on another version of the scenario (fingerprint differs)');
  }
  return problems;
}
