import { useMemo } from 'react';
import type { AttemptSummary } from '../../core/review/review-types.ts';
import { sortAttempts } from '../../core/review/sort-attempts.ts';
import { traineeReport } from '../../core/review/trainee-report.ts';
import { isCounted } from '../../core/review/counted.ts';
import type { Dimension } from '../../core/scenario/scenario-types.ts';
import { AttemptsTable } from './attempts-table.tsx';
import { ProgressChart } from './progress-chart.tsx';
import { titleLookup, useReviewScenarios } from './review-context.ts';
import { reviewHref } from './review-links.ts';
import { useReviewFilterStore } from './review-filter-store.ts';

/** Props of {@link TraineePage}. */
export interface TraineePageProps {
  /** The trainee's name. */
  trainee: string;
  /** Every attempt's summary (the page picks this trainee's). */
  rows: readonly AttemptSummary[];
}

const DIMENSION_NAMES: Record<Dimension, string> = {
  tone: 'Tone',
  promptness: 'Promptness',
  extraMile: 'Extra mile',
};

const show = (n: number | null) => (n === null ? '–' : String(Math.round(n)));

/** One trainee: progress per dimension, strongest and weakest, attempts, what is left to pass. */
export function TraineePage({ trainee, rows }: TraineePageProps) {
  const { cards } = useReviewScenarios();
  const { sort, sortBy } = useReviewFilterStore();
  const titleOf = useMemo(() => titleLookup(cards), [cards]);
  const mine = useMemo(() => rows.filter((r) => r.trainee === trainee), [rows, trainee]);
  // Altered or unverifiable numbers are listed below but never count in the report.
  const counted = useMemo(() => mine.filter(isCounted), [mine]);
  const report = useMemo(
    () =>
      traineeReport(
        counted,
        cards.map((c) => ({ id: c.id, title: c.title, skills: c.skills })),
      ),
    [counted, cards],
  );
  const uncounted = mine.length - counted.length;
  const sorted = useMemo(() => sortAttempts(mine, sort, titleOf), [mine, sort, titleOf]);
  const { counts } = report;

  return (
    <section aria-labelledby="trainee-heading" className="review-section">
      <h2 id="trainee-heading">{trainee}</h2>
      <p className="review-links">
        <a href={reviewHref.attempts()}>All attempts</a> ·{' '}
        <button type="button" className="link-button" onClick={() => window.print()}>
          Print this summary
        </button>
      </p>
      {mine.length === 0 ? (
        <p>No attempts by {trainee} in this browser.</p>
      ) : (
        <>
          <ul className="report-figures" aria-label="Summary">
            <li>
              <strong>{counts.attempts}</strong> attempts ({counts.finished} finished,{' '}
              {counts.inProgress} in progress)
            </li>
            <li>
              <strong>{counts.passed}</strong> passed, {counts.failed} failed
            </li>
            <li>
              <strong>{show(report.means.overall)}</strong> average overall
            </li>
            <li>
              <strong>{report.strongest === null ? '–' : DIMENSION_NAMES[report.strongest]}</strong>{' '}
              strongest ({report.strongest === null ? '' : show(report.means[report.strongest])})
            </li>
            <li>
              <strong>{report.weakest === null ? '–' : DIMENSION_NAMES[report.weakest]}</strong>{' '}
              weakest ({report.weakest === null ? '' : show(report.means[report.weakest])})
            </li>
            {report.weakestSkill !== null && report.weakestSkill !== report.strongestSkill && (
              <li>
                <strong>{report.weakestSkill}</strong> weakest skill; strongest:{' '}
                {report.strongestSkill}
              </li>
            )}
          </ul>
          {uncounted > 0 && (
            <p className="report-note" role="note">
              {uncounted} imported {uncounted === 1 ? 'attempt is' : 'attempts are'} not counted in
              these figures: altered, or not verifiable here. They are listed with the others.
            </p>
          )}
          {report.progress.length > 0 && (
            <ProgressChart points={report.progress} titleOf={titleOf} />
          )}
          <h3>Not passed yet</h3>
          {report.notPassed.length === 0 ? (
            <p>Every scenario in the library has been passed.</p>
          ) : (
            <ul>
              {report.notPassed.map((s) => (
                <li key={s.id}>
                  <a href={reviewHref.scenario(s.id)}>{s.title}</a>:{' '}
                  {s.attempts === 0
                    ? 'not tried'
                    : `${s.attempts} ${s.attempts === 1 ? 'attempt' : 'attempts'}, best ${show(s.bestOverall)}`}
                </li>
              ))}
            </ul>
          )}
          <h3>Attempts</h3>
          <AttemptsTable
            rows={sorted}
            sort={sort}
            onSort={sortBy}
            titleOf={titleOf}
            hrefs={reviewHref}
          />
        </>
      )}
    </section>
  );
}
