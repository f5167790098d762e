import { useLocation } from 'wouter';
import { LibraryPage } from '../features/library/library-page.tsx';
import { useTraineeAttempts } from '../features/library/use-trainee-attempts.ts';
import { useAttemptStore } from '../storage/attempt-store-context.tsx';
import { playPath } from './play-href.ts';
import { libraryScenarios, shippedLibrary } from './shipped-library.ts';

/** The library at `#/`, with this trainee's best scores and attempts in progress. */
export function LibraryRoute({ trainee }: { trainee: string }) {
  const [, navigate] = useLocation();
  const store = useAttemptStore();
  const attempts = useTraineeAttempts(store, trainee);
  return (
    <LibraryPage
      scenarios={libraryScenarios}
      failures={shippedLibrary.failures}
      attempts={attempts}
      onStart={(id, mode) => navigate(playPath(id, mode))}
      // The player resumes this trainee's unfinished attempt of the scenario by itself.
      onContinue={(attempt) => navigate(playPath(attempt.scenarioId, attempt.mode))}
      onAbandon={(attemptId) => store.abandon(attemptId)}
    />
  );
}
