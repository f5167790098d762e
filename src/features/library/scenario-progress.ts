import type { Scorecard } from '../../core/scoring/scorecard-types.ts';
import type { StoredAttempt } from '../../storage/attempt-store.ts';

/** A trainee's best finished attempt at a scenario. */
export interface BestScore {
  /** Its overall score, 0..100. */
  overall: number;
  /** Whether it reached the pass mark. */
  pass: boolean | null;
  /** Which attempt, to open its scorecard. */
  attemptId: string;
}

/** Where a trainee stands on one scenario. */
export interface ScenarioProgress {
  /** The best scored finished attempt, if any. */
  best: BestScore | undefined;
  /** How many attempts were finished. */
  finished: number;
  /** The most recently touched attempt still in progress, to continue or abandon. */
  inProgress: StoredAttempt | undefined;
}

/** Finished attempts, newest first by start time. */
export function finishedNewestFirst(attempts: readonly StoredAttempt[]): StoredAttempt[] {
  return attempts.filter((a) => a.status === 'finished').sort((a, b) => b.startedAt - a.startedAt);
}

/**
 * Each scenario's progress from one trainee's attempts. `scorecardOf` gives the
 * current-engine scorecard of a finished attempt (cache or replay), kept outside so this
 * stays a pure fold over the list.
 */
export function progressByScenario(
  attempts: readonly StoredAttempt[],
  scorecardOf: (attempt: StoredAttempt) => Scorecard | undefined,
): Map<string, ScenarioProgress> {
  const progress = new Map<string, ScenarioProgress>();
  const entry = (id: string): ScenarioProgress => {
    let found = progress.get(id);
    if (found === undefined) {
      found = { best: undefined, finished: 0, inProgress: undefined };
      progress.set(id, found);
    }
    return found;
  };
  for (const attempt of attempts) {
    const p = entry(attempt.scenarioId);
    if (attempt.status === 'in-progress') {
      if (p.inProgress === undefined || attempt.updatedAt > p.inProgress.updatedAt) {
        p.inProgress = attempt;
      }
    } else if (attempt.status === 'finished') {
      p.finished += 1;
      const overall = scorecardOf(attempt)?.overall ?? null;
      if (overall !== null && (p.best === undefined || overall > p.best.overall)) {
        const pass = scorecardOf(attempt)?.pass ?? null;
        p.best = { overall, pass, attemptId: attempt.attemptId };
      }
    }
  }
  return progress;
}
