import { DIMENSIONS } from '../../core/scenario/scenario-types.ts';
import { impactFor } from '../../core/scoring/business-impact.ts';
import type { DimensionScore, Scorecard } from '../../core/scoring/scorecard-types.ts';
import './scorecard.css';

/** Props of {@link ScorecardView}. */
export interface ScorecardViewProps {
  /** The scored attempt. */
  scorecard: Scorecard;
  /** Plays the scenario again. */
  onRetry: () => void;
  /** Back to the library. */
  onExit: () => void;
}

function verdict(pass: boolean | null): string {
  if (pass === null) return 'not assessed';
  return pass ? 'pass' : 'below the pass mark';
}

function DimensionRow({ dimension }: { dimension: DimensionScore }) {
  return (
    <li className="scorecard__dimension">
      <details>
        <summary>
          <span className="scorecard__label">{dimension.label}</span>
          <span className="scorecard__value">{dimension.score ?? '–'}</span>
          <span className={`scorecard__verdict scorecard__verdict--${String(dimension.pass)}`}>
            {verdict(dimension.pass)}
          </span>
        </summary>
        <p>{dimension.summary}</p>
        {dimension.contributions.length > 0 && (
          <ol className="scorecard__contributions">
            {dimension.contributions.map((c) => (
              <li key={c.turn}>
                {c.text} <span className="scorecard__points">({c.points.toFixed(1)} points)</span>
              </li>
            ))}
          </ol>
        )}
      </details>
    </li>
  );
}

/** The scorecard: overall verdict, the three dimensions explained, better replies and what it means for the business. */
export function ScorecardView({ scorecard, onRetry, onExit }: ScorecardViewProps) {
  const impact = impactFor(scorecard.ending, scorecard);
  const better = scorecard.turns.filter((t) => t.betterReply !== null);
  return (
    <section className="scorecard" aria-labelledby="scorecard-heading">
      <h2 id="scorecard-heading">Your scorecard</h2>
      {scorecard.ending !== null && (
        <div className="scorecard__ending">
          <h3>{scorecard.ending.title}</h3>
          {scorecard.ending.text !== undefined && <p>{scorecard.ending.text}</p>}
          <p>
            {scorecard.ending.retained ? 'The customer stays.' : 'The customer leaves.'}{' '}
            <span aria-label={`${scorecard.ending.review} of 5 stars`}>
              {'★'.repeat(scorecard.ending.review)}
              {'☆'.repeat(5 - scorecard.ending.review)}
            </span>
          </p>
        </div>
      )}
      <p className="scorecard__overall">
        Overall <strong>{scorecard.overall ?? '–'}</strong> out of 100: {verdict(scorecard.pass)}{' '}
        (pass mark {scorecard.passMark})
      </p>
      <ul className="scorecard__dimensions" aria-label="Scores by dimension">
        {DIMENSIONS.map((d) => (
          <DimensionRow key={d} dimension={scorecard.dimensions[d]} />
        ))}
      </ul>
      {better.length > 0 && (
        <section aria-labelledby="better-heading">
          <h3 id="better-heading">Where a better reply existed</h3>
          <ol className="scorecard__better">
            {better.map((turn) => (
              <li key={turn.index}>
                <p>
                  Turn {turn.index + 1}:{' '}
                  {turn.choice === 'wait'
                    ? 'you did not reply in time'
                    : `you said “${turn.reply}”`}
                  .
                </p>
                <p>
                  Better: “{turn.betterReply?.reply}”
                  {turn.betterReply?.feedback !== undefined && <> — {turn.betterReply.feedback}</>}
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
      {impact.figures.length > 0 && (
        <section className="scorecard__impact" aria-labelledby="impact-heading">
          <h3 id="impact-heading">What this means for the business</h3>
          <p>{impact.headline}</p>
          <ul>
            {impact.figures.map((figure) => (
              <li key={figure.id}>
                <strong>{figure.headline}.</strong> <q>{figure.quote}</q>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="scorecard__actions">
        <button type="button" onClick={onRetry}>
          Try again
        </button>
        <button type="button" onClick={onExit}>
          Back to the library
        </button>
      </div>
    </section>
  );
}
