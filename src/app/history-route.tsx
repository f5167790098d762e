import { useMemo } from 'react';
import { HistoryPage } from '../features/library/history-page.tsx';
import { useTraineeAttempts } from '../features/library/use-trainee-attempts.ts';
import { useAttemptStore } from '../storage/attempt-store-context.tsx';
import { scenariosToRescore } from './scenarios-to-rescore.ts';
import { libraryCards } from './shipped-library.ts';
import { useShippedScenarios } from './use-shipped-scenarios.ts';

/** Route path of a stored attempt's scorecard. */
export function attemptPath(attemptId: string): string {
  return `/attempt/${encodeURIComponent(attemptId)}`;
}

/** The trainee's history at `#/history`. */
export function HistoryRoute({ trainee }: { trainee: string }) {
  const attempts = useTraineeAttempts(useAttemptStore(), trainee);
  const scenarioFor = useShippedScenarios(useMemo(() => scenariosToRescore(attempts), [attempts]));
  return (
    <HistoryPage
      trainee={trainee}
      scenarios={libraryCards}
      scenarioFor={scenarioFor}
      attempts={attempts}
      attemptHref={(id) => `#${attemptPath(id)}`}
      libraryHref="#/"
    />
  );
}
