import { useMemo, useRef } from 'react';
import type { Mode } from '../../core/attempt/attempt-log.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import type { ScenarioCard as Card, ShippedFailure } from '../../core/scenario/shipped-scenario.ts';
import type { StoredAttempt } from '../../storage/attempt-store.ts';
import { currentScorecard } from './current-scorecard.ts';
import {
  channelsOf,
  filterScenarios,
  isFiltered,
  resultCountText,
  skillsOf,
} from './filter-scenarios.ts';
import { useLibraryFilterStore } from './library-filter-store.ts';
import { LibraryFilters } from './library-filters.tsx';
import { progressByScenario, type ScenarioProgress } from './scenario-progress.ts';
import { ScenarioCard } from './scenario-card.tsx';
import type { TraineeAttempts } from './use-trainee-attempts.ts';
import './library.css';

/** Props of {@link LibraryPage}. */
export interface LibraryPageProps {
  /** Cards of the scenarios that can be played, in library order. */
  scenarios: readonly Card[];
  /**
   * A scenario's conversation when it has loaded: needed only to score again an attempt
   * whose stored scorecard came from another engine version (see `needsScenario`).
   */
  scenarioFor: (id: string) => LoadedScenario | undefined;
  /** Files that did not load, shown so an author sees why a scenario is missing. */
  failures: readonly ShippedFailure[];
  /** The trainee's stored attempts, for best scores and attempts to continue. */
  attempts: TraineeAttempts;
  /** Starts a scenario by id in a mode. */
  onStart: (id: string, mode: Mode) => void;
  /** Continues an attempt in progress. */
  onContinue: (attempt: StoredAttempt) => void;
  /** Abandons an attempt in progress. */
  onAbandon: (attemptId: string) => Promise<void>;
}

const NOT_TRIED: ScenarioProgress = { best: undefined, finished: 0, inProgress: undefined };

/** The scenario library: search and filters, then every matching scenario as a card. */
export function LibraryPage(props: LibraryPageProps) {
  const { scenarios, scenarioFor, failures, attempts, ...actions } = props;
  const filter = useLibraryFilterStore();
  const searchRef = useRef<HTMLInputElement>(null);
  const shown = filterScenarios(scenarios, filter);
  const progress = useMemo(() => {
    if (attempts.status !== 'ready') return undefined;
    return progressByScenario(
      attempts.attempts,
      (a) => currentScorecard(a, scenarioFor(a.scenarioId))?.scorecard,
    );
  }, [attempts, scenarioFor]);
  const clear = () => {
    filter.clear();
    searchRef.current?.focus();
  };

  return (
    <main className="library">
      <h1>Extra Mile</h1>
      <p className="library__intro">
        Practise real customer conversations. Every reply is scored on tone, promptness and going
        the extra mile. <strong>Practise</strong> to hear a coach after each reply;{' '}
        <strong>take an assessment</strong> to get feedback only at the end.
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
      {attempts.status === 'failed' && (
        <p role="alert" className="library__problem">
          Your past attempts could not be read: {attempts.message}
        </p>
      )}
      {scenarios.length === 0 ? (
        <p>No scenarios are available yet.</p>
      ) : (
        <>
          <LibraryFilters
            channels={channelsOf(scenarios)}
            skills={skillsOf(scenarios)}
            searchRef={searchRef}
          />
          <div className="library__count">
            <p role="status">{resultCountText(shown.length, scenarios.length)}</p>
            {isFiltered(filter) && shown.length > 0 && (
              <button type="button" className="library-button--secondary" onClick={clear}>
                Clear filters
              </button>
            )}
          </div>
          {shown.length === 0 ? (
            <div className="library__empty">
              <p>
                Nothing matches these filters. Try another word, another channel or fewer skills.
              </p>
              <button type="button" onClick={clear}>
                Clear filters
              </button>
            </div>
          ) : (
            <div className="library__grid">
              {shown.map((scenario) => (
                <ScenarioCard
                  key={scenario.id}
                  scenario={scenario}
                  progress={
                    progress === undefined ? undefined : (progress.get(scenario.id) ?? NOT_TRIED)
                  }
                  {...actions}
                />
              ))}
            </div>
          )}
        </>
      )}
    </main>
  );
}
