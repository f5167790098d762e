import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AttemptLog, Mode, StartPoint } from '../../core/attempt/attempt-log.ts';
import type { TurnRecord } from '../../core/attempt/turn-record.ts';
import type { Scorecard } from '../../core/scoring/scorecard-types.ts';
import { replay } from '../../core/attempt/replay.ts';
import type { PlaySession } from '../../core/play/play-session.ts';
import type { PlayView } from '../../core/play/play-view.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { scoreAttempt } from '../../core/scoring/score-attempt.ts';
import { CHANNEL_LABELS, ChannelView } from './channel/channel-view.tsx';
import { CoachNote } from './coach-note.tsx';
import { CustomerHeader, CustomerProfile } from './customer-header.tsx';
import { ReplyPanel } from './reply-panel.tsx';
import { SessionNotice } from './session-notice.tsx';
import { StorageBanner } from './storage-banner.tsx';
import { transcriptLines } from './transcript-lines.ts';
import { usePlaySession, type RunningSession } from './use-play-session.ts';
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
  /** Goes on to the next scenario; the scorecard hides the button when absent. */
  onNext?: () => void;
  /** Renders the scorecard at the end; the app supplies it (features do not import each other). */
  renderScorecard: (props: ScorecardSlotProps) => ReactNode;
  /** Called once the conversation is on screen: a cue to fetch what comes later. */
  onShown?: () => void;
  /** A playtest from a turn (the author's studio): start there, with this mood and flags. */
  startAt?: StartPoint;
  /** Inside another page (the studio): no landmark of its own, and this label on the way out. */
  embedded?: { exitLabel: string };
  /** What the way out is called when it does not lead to the library (an LMS's course). */
  exitLabel?: string;
}

/** What the player hands to the scorecard at the end of a conversation. */
export interface ScorecardSlotProps {
  /** The scored attempt. */
  scorecard: Scorecard;
  /** The replayed turns. */
  turns: readonly TurnRecord[];
  /** The attempt's log, for the download. */
  log: AttemptLog;
  /** The customer's name. */
  customerName: string;
  /** Whether the attempt is saved in the browser. */
  durable: boolean;
  /** Plays the scenario again. */
  onRetry: () => void;
  /** Back to the library. */
  onExit: () => void;
  /** What the way back is called, when it does not lead to the library (a playtest, an LMS course). */
  exitLabel?: string | undefined;
  /** Next scenario, when there is one. */
  onNext?: (() => void) | undefined;
  /** Take focus when shown. */
  focusOnMount: boolean;
}

const MODE_LABELS: Record<Mode, string> = { practice: 'Practice', assessment: 'Assessment' };

/** One conversation, from the first customer message to the scorecard. */
export function PlayerPage(props: PlayerPageProps) {
  const { loaded, trainee, mode, onExit, onNext, renderScorecard, onShown, startAt, embedded } =
    props;
  const exitLabel = props.exitLabel ?? embedded?.exitLabel;
  const Frame = embedded === undefined ? 'main' : 'div';
  const Title = embedded === undefined ? 'h1' : 'h2';
  // A new run number remounts the attempt: "Try again" starts a fresh session.
  const [run, setRun] = useState(0);
  const { scenario } = loaded;
  // The scorecard's way back says where it leads, as the header's does.
  const scorecardSlot: PlayerPageProps['renderScorecard'] =
    exitLabel === undefined ? renderScorecard : (slot) => renderScorecard({ ...slot, exitLabel });
  return (
    <Frame className="player">
      <header className="player__header">
        <button type="button" className="player__back" onClick={onExit}>
          <span aria-hidden="true">← </span>
          {exitLabel ?? 'Back to the library'}
        </button>
        <Title>{scenario.title}</Title>
      </header>
      <Attempt
        key={run}
        loaded={loaded}
        trainee={trainee}
        mode={mode}
        onRetry={() => setRun((n) => n + 1)}
        onExit={onExit}
        onNext={onNext}
        renderScorecard={scorecardSlot}
        onShown={onShown}
        startAt={startAt}
      />
    </Frame>
  );
}

interface AttemptProps {
  loaded: LoadedScenario;
  trainee: string;
  mode: Mode;
  onRetry: () => void;
  onExit: () => void;
  onNext: (() => void) | undefined;
  renderScorecard: PlayerPageProps['renderScorecard'];
  onShown: (() => void) | undefined;
  startAt: StartPoint | undefined;
}

function Attempt(props: AttemptProps) {
  const { loaded, trainee, mode, onRetry, onExit, onNext, renderScorecard, onShown, startAt } =
    props;
  const state = usePlaySession(loaded, trainee, mode, startAt);
  const { startFresh } = state;
  const { customer } = loaded.scenario;
  if (state.status === 'starting') {
    return <p className="player__connecting">Connecting you to {customer.name}…</p>;
  }
  if (state.status === 'failed') {
    return (
      <p role="alert" className="player__error">
        This scenario cannot be played: {state.message}
      </p>
    );
  }
  return (
    <Conversation
      loaded={loaded}
      running={state}
      onStartOver={() => void startFresh()}
      onRetry={onRetry}
      onExit={onExit}
      onNext={onNext}
      renderScorecard={renderScorecard}
      onShown={onShown}
    />
  );
}

interface ConversationProps {
  loaded: LoadedScenario;
  running: RunningSession;
  onStartOver: () => void;
  onRetry: () => void;
  onExit: () => void;
  onNext: (() => void) | undefined;
  renderScorecard: PlayerPageProps['renderScorecard'];
  onShown: (() => void) | undefined;
}

/** The log behind a published view: it changes exactly when a new view is published. */
const logBehind = (session: PlaySession, _view: PlayView) => session.getLog();

const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function Conversation(props: ConversationProps) {
  const { loaded, running, onStartOver, onRetry, onExit, onNext, renderScorecard, onShown } = props;
  // A resumed attempt keeps the mode it was started in.
  const { session, view, storage, mode } = running;
  // Once per conversation; a later `onShown` (new render callback) is not a new showing.
  const shown = useRef(onShown);
  useEffect(() => shown.current?.(), []);
  const { scenario } = loaded;
  const [error, setError] = useState<string | undefined>();
  // The log is the truth: the transcript is rebuilt from it whenever a new view is published.
  const log = useMemo(() => logBehind(session, view), [session, view]);
  const replayed = useMemo(() => replay(loaded, log), [loaded, log]);
  const lines = transcriptLines(replayed.turns, view);
  const lastTurn = replayed.turns[replayed.turns.length - 1];
  const scorecard = useMemo(
    () =>
      view.done
        ? (running.scorecard ?? scoreAttempt(loaded, replayed.turns, view.ending ?? null))
        : undefined,
    [loaded, replayed, view.done, view.ending, running.scorecard],
  );
  const getElapsed = useCallback(() => session.getView().elapsedT, [session]);
  const getActiveNow = useCallback(() => {
    const now = session.getView();
    return now.turnStartedT + now.elapsedT;
  }, [session]);

  const act = useCallback((action: () => void | Promise<void>) => {
    setError(undefined);
    try {
      const result = action();
      if (result instanceof Promise) result.catch((e: unknown) => setError(messageOf(e)));
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  const choose = useCallback((event: string) => act(() => session.choose(event)), [act, session]);
  const togglePause = () => act(() => (view.paused ? session.resume() : session.pause()));

  return (
    <>
      <CustomerHeader
        customer={scenario.customer}
        mood={view.mood}
        context={`${CHANNEL_LABELS[scenario.channel]} · ${MODE_LABELS[mode]}`}
      />
      <StorageBanner storage={storage} />
      <SessionNotice
        notice={running.notice}
        resumed={running.resumed && !view.done}
        onStartOver={onStartOver}
      />
      <CustomerProfile customer={scenario.customer} />
      <ChannelView
        channel={scenario.channel}
        customer={scenario.customer}
        lines={lines}
        getActiveNow={getActiveNow}
        paused={view.paused}
        done={view.done}
      />
      <div className="player__coach-slot" aria-live="polite">
        {mode === 'practice' && lastTurn !== undefined && !view.done && (
          <CoachNote key={lastTurn.index} turn={lastTurn} weights={scenario.scoring.weights} />
        )}
      </div>
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
      {scorecard !== undefined ? (
        renderScorecard({
          scorecard,
          turns: replayed.turns,
          log,
          customerName: scenario.customer.name,
          durable: storage.durable,
          onRetry,
          onExit,
          onNext,
          focusOnMount: true,
        })
      ) : (
        <ReplyPanel
          view={view}
          getElapsed={getElapsed}
          onChoose={choose}
          onTogglePause={togglePause}
        />
      )}
    </>
  );
}
