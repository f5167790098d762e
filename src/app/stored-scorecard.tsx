import { LrsDelivery } from './lrs-delivery.tsx';
import { use, useMemo } from 'react';
import { useLocation } from 'wouter';
import { ScorecardView } from '../features/scorecard/scorecard-view.tsx';
import { useAttemptStore } from '../storage/attempt-store-context.tsx';
import type { StoredAttempt } from '../storage/attempt-store.ts';
import { playPath } from './play-href.ts';
import { reviewAttempt } from './review-attempt.ts';
import { loadShippedScenario, shippedCard } from './shipped-library.ts';

const UNFINISHED: Record<StoredAttempt['status'], string> = {
  'in-progress': 'This attempt is still in progress: its scorecard comes at the end.',
  abandoned: 'This attempt was abandoned before the end, so it has no scorecard.',
  finished: 'This scenario is no longer in the library, so this attempt cannot be scored.',
};

/** A stored attempt's scorecard, scored again by this engine when its cached one is stale. */
export function StoredScorecard({ attempt }: { attempt: StoredAttempt }) {
  const [, navigate] = useLocation();
  const { durable } = useAttemptStore();
  const card = shippedCard(attempt.scenarioId);
  // Suspends while the scenario's chunk arrives (the route shows its loading line).
  const load = card === undefined ? undefined : use(loadShippedScenario(attempt.scenarioId));
  const loaded = load?.status === 'ready' ? load.loaded : undefined;
  const review = useMemo(
    () => (attempt.status === 'finished' ? reviewAttempt(attempt, loaded) : undefined),
    [attempt, loaded],
  );
  const again = playPath(attempt.scenarioId, attempt.mode);
  return (
    <main className="app-shell stored-scorecard">
      <p>
        <a href="#/history">Back to your history</a>
      </p>
      <h1>{card?.title ?? attempt.scenarioId}</h1>
      {review === undefined ? (
        <p>
          {UNFINISHED[attempt.status]}{' '}
          {attempt.status === 'in-progress' && loaded !== undefined && (
            <a href={`#${again}`}>Continue it</a>
          )}
        </p>
      ) : (
        <>
          {review.source === 'stale' && (
            <p className="stored-scorecard__note">
              Scored by an earlier version of Extra Mile; the scenario has changed since, so it
              could not be scored again.
            </p>
          )}
          <LrsDelivery attemptId={attempt.attemptId} />
          <ScorecardView
            scorecard={review.scorecard}
            turns={review.turns}
            log={attempt.log}
            customerName={loaded?.scenario.customer.name ?? 'The customer'}
            durable={durable}
            onRetry={() => navigate(again)}
            onExit={() => navigate('/')}
          />
        </>
      )}
    </main>
  );
}

/**
 * A stored attempt's scorecard and timeline as the trainee saw them, without the
 * trainee's page around them (the manager's review shows it inside its own page).
 */
export function StoredScorecardBody({ attempt }: { attempt: StoredAttempt }) {
  const card = shippedCard(attempt.scenarioId);
  const load = card === undefined ? undefined : use(loadShippedScenario(attempt.scenarioId));
  // Only the version it was played on may score it again: another version's replay would
  // show numbers that differ from the stored ones for no reason the manager can see.
  const loaded =
    load?.status === 'ready' && load.loaded.fingerprint === attempt.scenarioFingerprint
      ? load.loaded
      : undefined;
  const review = useMemo(
    () => (attempt.status === 'finished' ? reviewAttempt(attempt, loaded) : undefined),
    [attempt, loaded],
  );
  // An imported attempt whose scenario version is not here keeps the file's scorecard.
  const scorecard = review?.scorecard ?? attempt.scorecard;
  if (scorecard === undefined) {
    return (
      <>
        <LrsDelivery attemptId={attempt.attemptId} />
        <p>{UNFINISHED[attempt.status]}</p>
      </>
    );
  }
  return (
    <>
      <LrsDelivery attemptId={attempt.attemptId} />
      <ScorecardView
        scorecard={scorecard}
        turns={review?.turns ?? []}
        log={attempt.log}
        customerName={loaded?.scenario.customer.name ?? card?.customer.name ?? 'The customer'}
      />
    </>
  );
}
