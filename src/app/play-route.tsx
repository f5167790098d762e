import { useLocation, useSearch } from 'wouter';
import { PlayerPage } from '../features/player/player-page.tsx';
import { markContentShown } from './content-shown.ts';
import { LazyScorecard, loadScorecard } from './lazy-scorecard.tsx';
import { LrsDelivery } from './lrs-delivery.tsx';
import { nextScenarioId } from './next-scenario.ts';
import { modeFromSearch, playPath } from './play-href.ts';
import { CONVERSATION_SHOWN_MARK } from './timing-marks.ts';
import { libraryCards, shippedCard } from './shipped-library.ts';
import { useShippedScenario } from './use-shipped-scenarios.ts';

const ORDER = libraryCards.map((s) => s.id);

function NotFound({ id }: { id: string }) {
  return (
    <main className="app-shell">
      <h1>Scenario not found</h1>
      <p>There is no scenario called “{id}”.</p>
      <a href="#/">Back to the library</a>
    </main>
  );
}

/** Once the first customer message is on screen, fetch what the end of the conversation needs. */
function conversationShown(): void {
  performance.mark(CONVERSATION_SHOWN_MARK);
  markContentShown();
  void loadScorecard();
}

/** `#/play/<id>?mode=assessment`: the player, in the mode asked for (practice by default). */
export function PlayRoute({ id, trainee }: { id: string; trainee: string }) {
  const [, navigate] = useLocation();
  const mode = modeFromSearch(useSearch());
  const card = shippedCard(id);
  // The conversation is its own chunk: fetched on first use (main.tsx starts it early).
  const load = useShippedScenario(id);
  if (card === undefined || load?.status === 'missing') return <NotFound id={id} />;
  if (load === undefined) {
    return (
      <main className="player">
        <p className="player__connecting" role="status">
          Connecting you to {card.customer.name}…
        </p>
      </main>
    );
  }
  if (load.status === 'failed') {
    return (
      <main className="app-shell">
        <h1>This scenario cannot be opened</h1>
        <p role="alert">{load.message}</p>
        <a href="#/">Back to the library</a>
      </main>
    );
  }
  const next = nextScenarioId(ORDER, id);
  return (
    <PlayerPage
      // A new scenario, mode or trainee is a new attempt: remount rather than reuse state.
      key={`${id}\n${mode}\n${trainee}`}
      loaded={load.loaded}
      trainee={trainee}
      mode={mode}
      onExit={() => navigate('/')}
      onNext={next === undefined ? undefined : () => navigate(playPath(next, mode))}
      renderScorecard={(props) => (
        <>
          <LrsDelivery attemptId={props.log.attemptId} />
          <LazyScorecard {...props} />
        </>
      )}
      onShown={conversationShown}
    />
  );
}
