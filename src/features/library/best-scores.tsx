import type { ScenarioCard } from '../../core/scenario/shipped-scenario.ts';
import type { ScenarioProgress } from './scenario-progress.ts';

/** Props of {@link BestScores}. */
export interface BestScoresProps {
  /** Every scenario in the library, in library order. */
  scenarios: readonly ScenarioCard[];
  /** The trainee's progress per scenario id. */
  progress: ReadonlyMap<string, ScenarioProgress>;
  /** Link to an attempt's stored scorecard. */
  attemptHref: (attemptId: string) => string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The trainee's best score on each scenario, linking to the attempt that earned it. */
export function BestScores({ scenarios, progress, attemptHref }: BestScoresProps) {
  return (
    <ul className="best-scores">
      {scenarios.map((scenario) => {
        const p = progress.get(scenario.id);
        const best = p?.best;
        return (
          <li key={scenario.id}>
            <span className="best-scores__title">{scenario.title}</span>
            {best === undefined ? (
              <span>
                {p !== undefined && p.finished > 0 ? 'Finished, no score yet' : 'Not tried yet'}
              </span>
            ) : (
              <span>
                <a href={attemptHref(best.attemptId)}>
                  Best {best.overall}
                  <span className="visually-hidden">, out of 100 on {scenario.title}</span>
                </a>
                {best.pass !== null && (best.pass ? ' · pass' : ' · below the pass mark')} ·{' '}
                {plural(p?.finished ?? 0, 'finished attempt')}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
