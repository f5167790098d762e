import { DIMENSIONS } from '../../core/scenario/scenario-types.ts';
import type { Scorecard } from '../../core/scoring/scorecard-types.ts';
import type { StoredAttempt } from '../../storage/attempt-store.ts';
import { MODE_NAMES, formatAttemptDate } from './format-date.ts';

/** Props of {@link HistoryAttempt}. */
export interface HistoryAttemptProps {
  /** The finished attempt. */
  attempt: StoredAttempt;
  /** Title of its scenario (or its id when the scenario is no longer in the library). */
  title: string;
  /** Its scorecard by the current engine, when one can be had. */
  scorecard: Scorecard | undefined;
  /** Link to its stored scorecard. */
  href: string;
}

function verdictText(pass: boolean | null): string {
  if (pass === null) return 'Not assessed';
  return pass ? 'Pass' : 'Below the pass mark';
}

/** One past attempt: when, what, how it went, and a link to its scorecard. */
export function HistoryAttempt({ attempt, title, scorecard, href }: HistoryAttemptProps) {
  const date = formatAttemptDate(attempt.startedAt);
  return (
    <li className="history-attempt">
      <h3>{title}</h3>
      <p className="history-attempt__when">
        <time dateTime={new Date(attempt.startedAt).toISOString()}>{date}</time> ·{' '}
        {MODE_NAMES[attempt.mode]}
      </p>
      {scorecard === undefined ? (
        <p>No scorecard: this scenario is no longer in the library.</p>
      ) : (
        <>
          <p className="history-attempt__overall">
            Overall <strong>{scorecard.overall ?? '–'}</strong> out of 100 ·{' '}
            <span
              className={
                scorecard.pass === null
                  ? undefined
                  : `library-verdict--${scorecard.pass ? 'pass' : 'fail'}`
              }
            >
              {verdictText(scorecard.pass)}
            </span>
          </p>
          <ul className="history-attempt__scores" aria-label="Scores by dimension">
            {DIMENSIONS.map((d) => (
              <li key={d}>
                {scorecard.dimensions[d].label}{' '}
                <strong>{scorecard.dimensions[d].score ?? '–'}</strong>
              </li>
            ))}
          </ul>
          {scorecard.ending !== null && <p>Ending: {scorecard.ending.title}</p>}
        </>
      )}
      <a href={href}>
        Open scorecard
        <span className="visually-hidden">
          : {title}, {date}
        </span>
      </a>
    </li>
  );
}
