import { needsScenario } from '../features/library/current-scorecard.ts';
import type { TraineeAttempts } from '../features/library/use-trainee-attempts.ts';

/** Ids of the scenarios whose conversations are needed to score these attempts again. */
export function scenariosToRescore(attempts: TraineeAttempts): string[] {
  if (attempts.status !== 'ready') return [];
  return attempts.attempts.filter(needsScenario).map((a) => a.scenarioId);
}
