import { useEffect, useMemo } from 'react';
import { useLocation } from 'wouter';
import { LibraryPage } from '../features/library/library-page.tsx';
import { useTraineeAttempts } from '../features/library/use-trainee-attempts.ts';
import { useAttemptStore } from '../storage/attempt-store-context.tsx';
import { markContentShown } from './content-shown.ts';
import { playPath } from './play-href.ts';
import { scenariosToRescore } from './scenarios-to-rescore.ts';
import { libraryCards, shippedFailures } from './shipped-library.ts';
import { useShippedScenarios } from './use-shipped-scenarios.ts';

/** The library at `#/`, with this trainee's best scores and attempts in progress. */
export function LibraryRoute({ trainee }: { trainee: string }) {
  const [, navigate] = useLocation();
  const store = useAttemptStore();
  const attempts = useTraineeAttempts(store, trainee);
  const scenarioFor = useShippedScenarios(useMemo(() => scenariosToRescore(attempts), [attempts]));
  useEffect(markContentShown, []);
  return (
    <LibraryPage
      scenarios={libraryCards}
      scenarioFor={scenarioFor}
      failures={shippedFailures}
      attempts={attempts}
      onStart={(id, mode) => navigate(playPath(id, mode))}
      // The player resumes this trainee's unfinished attempt of the scenario by itself.
      onContinue={(attempt) => navigate(playPath(attempt.scenarioId, attempt.mode))}
      onAbandon={(attemptId) => store.abandon(attemptId)}
    />
  );
}
