import { useMemo } from 'react';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import type { ScenarioCard } from '../../core/scenario/shipped-scenario.ts';
import { BestScores } from './best-scores.tsx';
import { currentScorecard } from './current-scorecard.ts';
import { HistoryAttempt } from './history-attempt.tsx';
import { finishedNewestFirst, progressByScenario } from './scenario-progress.ts';
import type { TraineeAttempts } from './use-trainee-attempts.ts';
import './library.css';
import './history.css';

/** Props of {@link HistoryPage}. */
export interface HistoryPageProps {
  /** Who is looking. */
  trainee: string;
  /** Cards of every playable scenario, in library order. */
  scenarios: readonly ScenarioCard[];
  /** A scenario's conversation when it has loaded, to score again an attempt whose cache is stale. */
  scenarioFor: (id: string) => LoadedScenario | undefined;
  /** The trainee's stored attempts. */
  attempts: TraineeAttempts;
  /** Link to an attempt's stored scorecard. */
  attemptHref: (attemptId: string) => string;
  /** Link to the library. */
  libraryHref: string;
}

/** A trainee's own record: best score per scenario, then every finished attempt, newest first. */
export function HistoryPage(props: HistoryPageProps) {
  const { trainee, scenarios, scenarioFor, attempts, attemptHref, libraryHref } = props;
  const rows = useMemo(() => {
    if (attempts.status !== 'ready') return undefined;
    const titles = new Map(scenarios.map((s) => [s.id, s.title]));
    const finished = finishedNewestFirst(attempts.attempts).map((attempt) => ({
      attempt,
      title: titles.get(attempt.scenarioId) ?? attempt.scenarioId,
      scorecard: currentScorecard(attempt, scenarioFor(attempt.scenarioId))?.scorecard,
    }));
    const scores = new Map(finished.map((f) => [f.attempt.attemptId, f.scorecard]));
    const progress = progressByScenario(attempts.attempts, (a) => scores.get(a.attemptId));
    return { finished, progress };
  }, [attempts, scenarios, scenarioFor]);

  return (
    <main className="history">
      <h1>Your history</h1>
      <p>
        Attempts by <strong>{trainee}</strong> on this device.
      </p>
      {attempts.status === 'loading' && <p role="status">Loading your attempts…</p>}
      {attempts.status === 'failed' && (
        <p role="alert">Your attempts could not be read: {attempts.message}</p>
      )}
      {rows !== undefined && (
        <>
          <section aria-labelledby="best-heading">
            <h2 id="best-heading">Best score per scenario</h2>
            <BestScores scenarios={scenarios} progress={rows.progress} attemptHref={attemptHref} />
          </section>
          <section aria-labelledby="past-heading">
            <h2 id="past-heading">Past attempts</h2>
            {rows.finished.length === 0 ? (
              <p>
                No finished attempts yet. <a href={libraryHref}>Pick a scenario in the library</a>{' '}
                and your scorecards will be listed here.
              </p>
            ) : (
              <ol className="history__attempts" aria-labelledby="past-heading">
                {rows.finished.map(({ attempt, title, scorecard }) => (
                  <HistoryAttempt
                    key={attempt.attemptId}
                    attempt={attempt}
                    title={title}
                    scorecard={scorecard}
                    href={attemptHref(attempt.attemptId)}
                  />
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </main>
  );
}
