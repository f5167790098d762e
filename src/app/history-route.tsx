import { HistoryPage } from '../features/library/history-page.tsx';
import { useTraineeAttempts } from '../features/library/use-trainee-attempts.ts';
import { useAttemptStore } from '../storage/attempt-store-context.tsx';
import { libraryScenarios } from './shipped-library.ts';

/** Route path of a stored attempt's scorecard. */
export function attemptPath(attemptId: string): string {
  return `/attempt/${encodeURIComponent(attemptId)}`;
}

/** The trainee's history at `#/history`. */
export function HistoryRoute({ trainee }: { trainee: string }) {
  const attempts = useTraineeAttempts(useAttemptStore(), trainee);
  return (
    <HistoryPage
      trainee={trainee}
      scenarios={libraryScenarios}
      attempts={attempts}
      attemptHref={(id) => `#${attemptPath(id)}`}
      libraryHref="#/"
    />
  );
}
