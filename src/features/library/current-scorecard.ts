import { ENGINE_VERSION } from '../../core/attempt/attempt-log.ts';
import { replay, type ReplayResult } from '../../core/attempt/replay.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { scoreAttempt } from '../../core/scoring/score-attempt.ts';
import type { Scorecard } from '../../core/scoring/scorecard-types.ts';
import type { StoredAttempt } from '../../storage/attempt-store.ts';

/** A stored attempt's scorecard and where it came from. */
export interface AttemptScorecard {
  /** The scorecard to show. */
  scorecard: Scorecard;
  /**
   * `cache`: stored by this engine version; `replay`: recomputed from the log;
   * `stale`: stored by another engine version and not replayable (scenario changed or gone).
   */
  source: 'cache' | 'replay' | 'stale';
}

/**
 * Whether scoring this attempt needs its scenario: a finished attempt whose stored
 * scorecard is missing or was made by another engine version is scored again by replay.
 */
export function needsScenario(attempt: StoredAttempt): boolean {
  return attempt.status === 'finished' && attempt.scorecard?.engineVersion !== ENGINE_VERSION;
}

/**
 * The scorecard of a stored attempt by the current engine. The stored one is a cache:
 * used when stamped with this ENGINE_VERSION, otherwise the log (the truth) is replayed
 * and scored again. When the log no longer replays cleanly (the scenario changed since)
 * an older cached scorecard is still better than none. `replayed` saves a second replay
 * when the caller already replayed the log.
 */
export function currentScorecard(
  attempt: StoredAttempt,
  loaded: LoadedScenario | undefined,
  replayed?: ReplayResult,
): AttemptScorecard | undefined {
  const cached = attempt.scorecard;
  if (cached !== undefined && cached.engineVersion === ENGINE_VERSION) {
    return { scorecard: cached, source: 'cache' };
  }
  if (loaded !== undefined) {
    const run = replayed ?? replay(loaded, attempt.log);
    if (run.problems.length === 0 || cached === undefined) {
      const scorecard = scoreAttempt(loaded, run.turns, run.ending ?? null);
      return { scorecard, source: 'replay' };
    }
  }
  return cached === undefined ? undefined : { scorecard: cached, source: 'stale' };
}
