import type { Mode } from '../../core/attempt/attempt-log.ts';
import type { ScenarioCard as Card } from '../../core/scenario/shipped-scenario.ts';
import type { StoredAttempt } from '../../storage/attempt-store.ts';
import { CardActions } from './card-actions.tsx';
import { CHANNEL_NAMES } from './channel-names.ts';
import type { ScenarioProgress } from './scenario-progress.ts';
import { skillLabel } from './skill-names.ts';

/** Props of {@link ScenarioCard}. */
export interface ScenarioCardProps {
  /** The scenario to present. */
  scenario: Card;
  /** The trainee's progress on it; undefined while it is not known (loading or unreadable). */
  progress: ScenarioProgress | undefined;
  /** Starts the scenario in a mode. */
  onStart: (id: string, mode: Mode) => void;
  /** Continues an attempt in progress. */
  onContinue: (attempt: StoredAttempt) => void;
  /** Abandons an attempt in progress. */
  onAbandon: (attemptId: string) => Promise<void>;
}

function ProgressLine({ progress }: { progress: ScenarioProgress }) {
  if (progress.best !== undefined) {
    const { overall, pass } = progress.best;
    return (
      <p className="scenario-card__progress">
        Your best score: <strong>{overall}</strong> out of 100
        {pass !== null && (
          <span className={`library-verdict--${pass ? 'pass' : 'fail'}`}>
            {pass ? ' (pass)' : ' (below the pass mark)'}
          </span>
        )}
      </p>
    );
  }
  return (
    <p className="scenario-card__progress">
      {progress.finished > 0 ? 'Finished, no score yet' : 'Not tried yet'}
    </p>
  );
}

/** One scenario in the library: what it is, how hard, how long, what it trains, how you did. */
export function ScenarioCard({ scenario, progress, ...actions }: ScenarioCardProps) {
  const headingId = `scenario-${scenario.id}`;
  return (
    <article className="scenario-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{scenario.title}</h2>
      <p className="scenario-card__facts">
        <span>{CHANNEL_NAMES[scenario.channel]}</span>
        <span role="img" aria-label={`Difficulty ${scenario.difficulty} of 3`}>
          {'●'.repeat(scenario.difficulty)}
          {'○'.repeat(Math.max(0, 3 - scenario.difficulty))}
        </span>
        <span>About {scenario.minutes} min</span>
      </p>
      {scenario.summary !== undefined && <p>{scenario.summary}</p>}
      <ul className="scenario-card__skills" aria-label="Skills trained">
        {scenario.skills.map((skill) => (
          <li key={skill}>{skillLabel(skill)}</li>
        ))}
      </ul>
      {progress !== undefined && <ProgressLine progress={progress} />}
      <CardActions
        scenarioId={scenario.id}
        title={scenario.title}
        inProgress={progress?.inProgress}
        {...actions}
      />
    </article>
  );
}
