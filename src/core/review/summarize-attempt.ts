import { DIMENSIONS, type Dimension } from '../scenario/scenario-types.ts';
import type { AttemptSummary, ReviewAttempt, SummaryTurn } from './review-types.ts';

/** Active ms of the last logged event: how long the conversation has run, pauses excluded. */
function activeMsOf(attempt: ReviewAttempt): number {
  const last = attempt.log.events[attempt.log.events.length - 1];
  return last?.t ?? 0;
}

/**
 * Flattens an attempt for the review: names, scores, ending and the turns' choices.
 * The scores are the stored scorecard's (replayed by this app for imports); an attempt
 * without one is unscored, whatever its status.
 */
export function summarizeAttempt(attempt: ReviewAttempt): AttemptSummary {
  const { log, scorecard } = attempt;
  const scores = Object.fromEntries(
    DIMENSIONS.map((d) => [d, scorecard?.dimensions[d].score ?? null]),
  ) as Record<Dimension, number | null>;
  const turns: SummaryTurn[] = (scorecard?.turns ?? []).map((t) => ({
    state: t.state,
    choice: t.choice,
    replyMs: t.replyMs,
    budgetMs: t.budgetMs,
    missedBetter: t.betterReply !== null,
  }));
  const ending = scorecard?.ending ?? null;
  return {
    attemptId: log.attemptId,
    trainee: log.trainee,
    scenarioId: log.scenarioId,
    scenarioFingerprint: log.scenarioFingerprint,
    mode: log.mode,
    status: attempt.status,
    startedAt: log.startedAt,
    updatedAt: attempt.updatedAt,
    overall: scorecard?.overall ?? null,
    scores,
    pass: scorecard?.pass ?? null,
    ending: ending?.title ?? null,
    retained: ending?.retained ?? null,
    review: ending?.review ?? null,
    turns,
    activeMs: activeMsOf(attempt),
    verification: attempt.verification?.status ?? 'local',
  };
}
