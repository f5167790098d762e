import { DIMENSIONS } from '../../core/scenario/scenario-types.ts';
import type { DimensionScore, Scorecard } from '../../core/scoring/scorecard-types.ts';

function verdict(pass: boolean | null, passMark: number): string {
  if (pass === null) return 'Not assessed';
  return pass ? 'Pass' : `Below ${passMark}`;
}

function Verdict({ pass, passMark }: { pass: boolean | null; passMark: number }) {
  return (
    <span className={`verdict verdict--${String(pass)}`}>
      <span aria-hidden="true">{pass === null ? '–' : pass ? '\u2713' : '\u2717'} </span>
      {verdict(pass, passMark)}
    </span>
  );
}

function DimensionRow({ dimension, passMark }: { dimension: DimensionScore; passMark: number }) {
  const share = dimension.score ?? 0;
  return (
    <li className="dimension">
      <details>
        <summary>
          <span className="dimension__label">{dimension.label}</span>
          <span className="dimension__bar" aria-hidden="true">
            <span className="dimension__fill" style={{ width: `${share}%` }} />
            <span className="dimension__mark" style={{ left: `${passMark}%` }} />
          </span>
          <span className="dimension__value">{dimension.score ?? '–'}</span>
          <Verdict pass={dimension.pass} passMark={passMark} />
        </summary>
        <div className="dimension__body">
          <p>{dimension.summary}</p>
          {dimension.contributions.length > 0 && (
            <ol className="dimension__contributions">
              {dimension.contributions.map((c) => (
                <li key={c.turn}>
                  {c.text}{' '}
                  <span className="dimension__points">
                    ({c.points.toFixed(1)} of {dimension.score === null ? '–' : dimension.score}{' '}
                    points)
                  </span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </details>
    </li>
  );
}

/** The overall score with its verdict, and the three dimensions, each expandable into per-turn contributions. */
export function ScoreSummary({ scorecard }: { scorecard: Scorecard }) {
  const { overall, pass, passMark } = scorecard;
  return (
    <div className="score-summary">
      <div className={`score-summary__overall score-summary__overall--${String(pass)}`}>
        <p className="score-summary__number" aria-hidden="true">
          {overall ?? '–'}
        </p>
        <div>
          <p className="score-summary__sentence">
            Overall <strong>{overall ?? '–'}</strong> out of 100
          </p>
          <p className="score-summary__verdict">
            <Verdict pass={pass} passMark={passMark} />{' '}
            <span className="score-summary__passmark">pass mark {passMark}</span>
          </p>
        </div>
      </div>
      <ul className="score-summary__dimensions" aria-label="Scores by dimension">
        {DIMENSIONS.map((d) => (
          <DimensionRow key={d} dimension={scorecard.dimensions[d]} passMark={passMark} />
        ))}
      </ul>
      <p className="score-summary__hint">Open a dimension to see where its points came from.</p>
    </div>
  );
}
