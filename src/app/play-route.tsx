import { useEffect } from 'react';
import { useLocation, useSearch } from 'wouter';
import { PlayerPage } from '../features/player/player-page.tsx';
import { LazyScorecard, loadScorecard } from './lazy-scorecard.tsx';
import { nextScenarioId } from './next-scenario.ts';
import { modeFromSearch, playPath } from './play-href.ts';
import { libraryScenarios, shippedLibrary } from './shipped-library.ts';

const ORDER = libraryScenarios.map((s) => s.scenario.id);

/** `#/play/<id>?mode=assessment`: the player, in the mode asked for (practice by default). */
export function PlayRoute({ id, trainee }: { id: string; trainee: string }) {
  const [, navigate] = useLocation();
  const mode = modeFromSearch(useSearch());
  useEffect(() => {
    // Fetch the scorecard's code while the trainee talks, not after the last reply.
    void loadScorecard();
  }, []);
  const loaded = shippedLibrary.scenarios.get(id);
  if (loaded === undefined) {
    return (
      <main className="app-shell">
        <h1>Scenario not found</h1>
        <p>There is no scenario called “{id}”.</p>
        <a href="#/">Back to the library</a>
      </main>
    );
  }
  const next = nextScenarioId(ORDER, id);
  return (
    <PlayerPage
      // A new scenario, mode or trainee is a new attempt: remount rather than reuse state.
      key={`${id}\n${mode}\n${trainee}`}
      loaded={loaded}
      trainee={trainee}
      mode={mode}
      onExit={() => navigate('/')}
      onNext={next === undefined ? undefined : () => navigate(playPath(next, mode))}
      renderScorecard={(props) => <LazyScorecard {...props} />}
    />
  );
}
