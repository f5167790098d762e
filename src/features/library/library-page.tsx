import type { ShippedFailure } from '../../core/scenario/shipped-scenario.ts';
import type { Scenario } from '../../core/scenario/scenario-types.ts';
import { ScenarioCard } from './scenario-card.tsx';
import './library.css';

/** Props of {@link LibraryPage}. */
export interface LibraryPageProps {
  /** Scenarios that can be played. */
  scenarios: readonly Scenario[];
  /** Files that did not load, shown so an author sees why a scenario is missing. */
  failures: readonly ShippedFailure[];
  /** Starts a scenario by id. */
  onStart: (id: string) => void;
}

/** The scenario library: every playable scenario as a card. */
export function LibraryPage({ scenarios, failures, onStart }: LibraryPageProps) {
  return (
    <main className="library">
      <h1>Extra Mile</h1>
      <p className="library__intro">
        Practise real customer conversations. Every reply is scored on tone, promptness and going
        the extra mile.
      </p>
      {failures.length > 0 && (
        <section className="library__failures" aria-labelledby="failures-heading">
          <h2 id="failures-heading">
            {failures.length === 1 ? 'One scenario file' : `${failures.length} scenario files`}{' '}
            could not be loaded
          </h2>
          {failures.map((failure) => (
            <pre key={failure.file}>{failure.diagnostics.join('\n')}</pre>
          ))}
        </section>
      )}
      {scenarios.length === 0 ? (
        <p>No scenarios are available yet.</p>
      ) : (
        <div className="library__grid">
          {scenarios.map((scenario) => (
            <ScenarioCard key={scenario.id} scenario={scenario} onStart={onStart} />
          ))}
        </div>
      )}
    </main>
  );
}
