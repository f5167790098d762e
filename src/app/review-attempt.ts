import { replay } from '../core/attempt/replay.ts';
import type { TurnRecord } from '../core/attempt/turn-record.ts';
import type { LoadedScenario } from '../core/scenario/loaded-scenario.ts';
import { currentScorecard, type AttemptScorecard } from '../features/library/current-scorecard.ts';
import type { StoredAttempt } from '../storage/attempt-store.ts';

/** What a stored attempt's scorecard page shows. */
export interface AttemptReview extends AttemptScorecard {
  /** The replayed turns; empty when the log no longer matches the scenario (or it is gone). */
  turns: readonly TurnRecord[];
}

/**
 * Replays a finished attempt once for its turns and scores it by this engine (the cached
 * scorecard when it is current). Turns from a log that no longer replays cleanly would not
 * match the scorecard, so none are shown then.
 */
export function reviewAttempt(
  attempt: StoredAttempt,
  loaded: LoadedScenario | undefined,
): AttemptReview | undefined {
  const replayed = loaded === undefined ? undefined : replay(loaded, attempt.log);
  const result = currentScorecard(attempt, loaded, replayed);
  if (result === undefined) return undefined;
  const clean = replayed !== undefined && replayed.problems.length === 0;
  return { ...result, turns: clean ? replayed.turns : [] };
}
