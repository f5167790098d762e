import type { Scenario } from '../../core/scenario/scenario-types.ts';
import { CHANNEL_NAMES } from './channel-names.ts';

/** Props of {@link ScenarioCard}. */
export interface ScenarioCardProps {
  /** The scenario to present. */
  scenario: Scenario;
  /** Starts the scenario. */
  onStart: (id: string) => void;
}

const SKILL_NAMES: Record<string, string> = {
  tone: 'Tone',
  promptness: 'Promptness',
  extraMile: 'Extra mile',
};

/** One scenario in the library: what it is, how hard, how long, what it trains. */
export function ScenarioCard({ scenario, onStart }: ScenarioCardProps) {
  const headingId = `scenario-${scenario.id}`;
  return (
    <article className="scenario-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{scenario.title}</h2>
      <p className="scenario-card__facts">
        <span>{CHANNEL_NAMES[scenario.channel]}</span>
        <span aria-label={`Difficulty ${scenario.difficulty} of 3`}>
          {'●'.repeat(scenario.difficulty)}
          {'○'.repeat(3 - scenario.difficulty)}
        </span>
        <span>About {scenario.minutes} min</span>
      </p>
      {scenario.summary !== undefined && <p>{scenario.summary}</p>}
      <ul className="scenario-card__skills" aria-label="Skills trained">
        {scenario.skills.map((skill) => (
          <li key={skill}>{SKILL_NAMES[skill] ?? skill}</li>
        ))}
      </ul>
      <button type="button" onClick={() => onStart(scenario.id)}>
        Start<span className="visually-hidden"> {scenario.title}</span>
      </button>
    </article>
  );
}
