import { useEffect, useState, type ReactNode } from 'react';
import type { StoredAttempt } from '../../storage/attempt-store.ts';
import { useAttemptStore } from '../../storage/attempt-store-context.tsx';
import { VERIFICATION_LABELS } from './attempt-columns.ts';
import { titleLookup, useReviewScenarios } from './review-context.ts';
import { reviewHref } from './review-links.ts';
import { ReplyTimesChart } from './reply-times-chart.tsx';

/** Props of {@link AttemptPage}. */
export interface AttemptPageProps {
  /** The attempt's id. */
  attemptId: string;
  /** The trainee's scorecard and timeline for a stored attempt (the app supplies it). */
  renderScorecard: (attempt: StoredAttempt) => ReactNode;
}

type Lookup = { id: string; attempt: StoredAttempt | undefined } | { id: string; error: string };

/** One attempt as the trainee saw it, with how it was verified and its reply times. */
export function AttemptPage({ attemptId, renderScorecard }: AttemptPageProps) {
  const store = useAttemptStore();
  const { cards } = useReviewScenarios();
  const [lookup, setLookup] = useState<Lookup | undefined>();
  useEffect(() => {
    let live = true;
    store.get(attemptId).then(
      (attempt) => live && setLookup({ id: attemptId, attempt }),
      (e: unknown) =>
        live && setLookup({ id: attemptId, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [store, attemptId]);

  if (lookup?.id !== attemptId) return <p role="status">Loading the attempt…</p>;
  if ('error' in lookup) return <p role="alert">The attempt could not be read: {lookup.error}</p>;
  const { attempt } = lookup;
  if (attempt === undefined) {
    return (
      <section className="review-section">
        <h2>Attempt not found</h2>
        <p>There is no attempt called “{attemptId}” in this browser.</p>
      </section>
    );
  }
  const title = titleLookup(cards)(attempt.scenarioId);
  const verification = attempt.verification;
  return (
    <section aria-labelledby="attempt-heading" className="review-section review-attempt">
      <h2 id="attempt-heading">
        {attempt.trainee} · {title}
      </h2>
      <p className="review-attempt__meta">
        <a href={reviewHref.trainee(attempt.trainee)}>All of {attempt.trainee}’s attempts</a> ·{' '}
        <a href={reviewHref.scenario(attempt.scenarioId)}>How everyone did on {title}</a> ·{' '}
        <button type="button" className="link-button" onClick={() => window.print()}>
          Print
        </button>
      </p>
      {verification !== undefined && (
        <div className={`verification verification--${verification.status}`} role="note">
          <p>
            <strong>{VERIFICATION_LABELS[verification.status]}</strong>: imported from{' '}
            {verification.source} on {new Date(verification.importedAt).toLocaleString()}.
          </p>
          {verification.problems.length > 0 && (
            <ul>
              {verification.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {attempt.scorecard !== undefined && attempt.scorecard.turns.length > 0 && (
        <ReplyTimesChart turns={attempt.scorecard.turns} />
      )}
      {renderScorecard(attempt)}
    </section>
  );
}
