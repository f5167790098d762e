import { useCallback, useState } from 'react';
import type { Mode } from '../../core/attempt/attempt-log.ts';
import { replay } from '../../core/attempt/replay.ts';
import type { PlaySession } from '../../core/play/play-session.ts';
import type { PlayView } from '../../core/play/play-view.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { scoreAttempt } from '../../core/scoring/score-attempt.ts';
import { MoodMeter } from '../../ui/mood-meter.tsx';
import { ScorecardView } from '../scorecard/scorecard-view.tsx';
import { ReplyOptions } from './reply-options.tsx';
import { Transcript } from './transcript.tsx';
import { transcriptLines } from './transcript-lines.ts';
import { TurnClock } from './turn-clock.tsx';
import { usePlaySession } from './use-play-session.ts';
import './player.css';

/** Props of {@link PlayerPage}. */
export interface PlayerPageProps {
  /** The scenario to play. */
  loaded: LoadedScenario;
  /** Who is playing. */
  trainee: string;
  /** Practice (coach after each reply) or assessment. */
  mode: Mode;
  /** Back to the library. */
  onExit: () => void;
}

/** One conversation, from the first customer message to the scorecard. */
export function PlayerPage({ loaded, trainee, mode, onExit }: PlayerPageProps) {
  // A new run number remounts the attempt: "Try again" starts a fresh session.
  const [run, setRun] = useState(0);
  const { scenario } = loaded;
  return (
    <main className="player">
      <header className="player__header">
        <button type="button" className="player__back" onClick={onExit}>
          Back to the library
        </button>
        <h1>{scenario.title}</h1>
      </header>
      <Attempt
        key={run}
        loaded={loaded}
        trainee={trainee}
        mode={mode}
        onRetry={() => setRun((n) => n + 1)}
        onExit={onExit}
      />
    </main>
  );
}

interface AttemptProps {
  loaded: LoadedScenario;
  trainee: string;
  mode: Mode;
  onRetry: () => void;
  onExit: () => void;
}

function Attempt({ loaded, trainee, mode, onRetry, onExit }: AttemptProps) {
  const state = usePlaySession(loaded, trainee, mode);
  const { customer } = loaded.scenario;
  if (state.status === 'starting') return <p>Connecting you to {customer.name}…</p>;
  if (state.status === 'failed') {
    return <p role="alert">This scenario cannot be played: {state.message}</p>;
  }
  return (
    <Conversation
      loaded={loaded}
      session={state.session}
      view={state.view}
      mode={mode}
      onRetry={onRetry}
      onExit={onExit}
    />
  );
}

interface ConversationProps {
  loaded: LoadedScenario;
  session: PlaySession;
  view: PlayView;
  mode: Mode;
  onRetry: () => void;
  onExit: () => void;
}

function Conversation({ loaded, session, view, mode, onRetry, onExit }: ConversationProps) {
  const { scenario } = loaded;
  const [error, setError] = useState<string | undefined>();
  // The log is the truth: the transcript is rebuilt from it on every new view (a few turns).
  const replayed = replay(loaded, session.getLog());
  const lines = transcriptLines(replayed.turns, view);
  const lastTurn = replayed.turns[replayed.turns.length - 1];
  const getElapsed = useCallback(() => session.getView().elapsedT, [session]);

  const act = (action: () => void | Promise<void>) => {
    setError(undefined);
    try {
      const result = action();
      if (result instanceof Promise)
        result.catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const choose = useCallback((event: string) => act(() => session.choose(event)), [session]);

  return (
    <>
      <section className="player__customer" aria-label="Customer">
        <div>
          <p className="player__customer-name">{scenario.customer.name}</p>
          {scenario.customer.profile !== undefined && (
            <p className="player__profile">{scenario.customer.profile}</p>
          )}
        </div>
        <MoodMeter name={scenario.customer.name} mood={view.mood} />
      </section>
      {view.subject !== undefined && <p className="player__subject">Subject: {view.subject}</p>}
      <Transcript customerName={scenario.customer.name} lines={lines} />
      {mode === 'practice' && lastTurn?.response.meta.feedback !== undefined && !view.done && (
        <aside className="player__coach" aria-label="Coach">
          <strong>Coach:</strong> {lastTurn.response.meta.feedback}
        </aside>
      )}
      {error !== undefined && (
        <p role="alert" className="player__error">
          {error}
        </p>
      )}
      {view.saveError !== undefined && (
        <p role="alert" className="player__error">
          Your last reply could not be saved: {view.saveError}
        </p>
      )}
      {view.done ? (
        <ScorecardView
          scorecard={scoreAttempt(loaded, replayed.turns, view.ending ?? null)}
          onRetry={onRetry}
          onExit={onExit}
        />
      ) : (
        <section className="player__reply" aria-label="Reply">
          <div className="player__controls">
            <TurnClock budgetMs={view.replyWithinMs} getElapsed={getElapsed} paused={view.paused} />
            <button
              type="button"
              onClick={() => act(() => (view.paused ? session.resume() : session.pause()))}
            >
              {view.paused ? 'Resume' : 'Pause'}
            </button>
          </div>
          {view.paused ? (
            <p>Paused. The clock is stopped; resume when you are ready.</p>
          ) : (
            <ReplyOptions options={view.options} onChoose={choose} disabled={view.saving} />
          )}
        </section>
      )}
    </>
  );
}
