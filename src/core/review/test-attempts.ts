import { checkScenario } from '../analysis/check-scenario.ts';
import type { AttemptLog, Mode } from '../attempt/attempt-log.ts';
import { replay } from '../attempt/replay.ts';
import { ActiveClock } from '../play/active-clock.ts';
import { createPlaySession } from '../play/play-session.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import type { Scorecard } from '../scoring/scorecard-types.ts';
import type { AttemptFile } from './attempt-file-types.ts';

/** For tests: a scenario file that must pass the whole check, loaded. */
export function checkedScenario(text: string, file: string): LoadedScenario {
  const result = checkScenario(text, file);
  if (!result.ok)
    throw new Error(
      `${file} does not check: ${result.diagnostics.map((d) => d.message).join('; ')}`,
    );
  return result.loaded;
}

/**
 * One decision of a test attempt: the index of an open option (wrapped), wait for the
 * customer's next timeout, or pause for a minute and resume.
 */
export type TestDecision = number | 'wait' | 'pause';

/** How a test attempt is played. */
export interface TestPlay {
  /** The attempt's id. */
  attemptId: string;
  /** The decisions in order; once they run out, the first open option until the end. */
  decisions?: readonly TestDecision[];
  /** Stop when the decisions run out instead of playing on to an ending. */
  stopEarly?: boolean;
  /** Active ms spent thinking before each reply. */
  thinkMs?: number;
  /** Trainee name. */
  trainee?: string;
  /** Practice or assessment. */
  mode?: Mode;
  /** Wall-clock start (epoch ms). */
  startedAt?: number;
}

/**
 * For tests: plays a real attempt through a play session (XState underneath) on a virtual
 * clock, wall time moving with active time, and scores it as the trainee's scorecard does.
 */
export function playAttempt(loaded: LoadedScenario, play: TestPlay): AttemptFile {
  const clock = new ActiveClock();
  const startedAt = play.startedAt ?? 1_700_000_000_000;
  /** Wall time runs on while paused; active time does not. */
  let pausedMs = 0;
  const session = createPlaySession({
    loaded,
    trainee: play.trainee ?? 'Zoë Ñúñez, Jr.',
    mode: play.mode ?? 'assessment',
    clock,
    now: () => startedAt + pausedMs + clock.now(),
    attemptId: play.attemptId,
  });
  const decisions = play.decisions ?? [];
  const think = play.thinkMs ?? 4_000;
  for (let step = 0; step < 200 && !session.getView().done; step++) {
    const decision = decisions[step];
    if (decision === undefined && play.stopEarly === true) break;
    if (decision === 'wait') {
      const due = clock.nextDue();
      if (due === undefined) throw new Error('nothing to wait for');
      clock.advanceTo(due);
      continue;
    }
    if (decision === 'pause') {
      void session.pause();
      pausedMs += 60_000;
      void session.resume();
      continue;
    }
    clock.advanceTo(clock.now() + think);
    const { options } = session.getView();
    const option = options[(decision ?? 0) % options.length];
    if (option === undefined) break;
    void session.choose(option.event);
  }
  const log = session.getLog();
  session.stop();
  return { attempt: log, scorecard: scorecardOf(loaded, log) };
}

/** For tests: the scorecard replay gives a log. */
export function scorecardOf(loaded: LoadedScenario, log: AttemptLog): Scorecard {
  const replayed = replay(loaded, log);
  return scoreAttempt(loaded, replayed.turns, replayed.ending ?? null);
}

/** For tests: a download's text, as the trainee's scorecard writes it. */
export function downloadText(file: AttemptFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** For tests: a deep copy through JSON, to edit without touching the original. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
