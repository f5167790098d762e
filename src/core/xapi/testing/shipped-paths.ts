import type { AnalysisReport, PathStep } from '../../analysis/analysis-types.ts';
import { checkScenario } from '../../analysis/check-scenario.ts';
import type { AttemptLog, StartPoint } from '../../attempt/attempt-log.ts';
import { ActiveClock } from '../../play/active-clock.ts';
import { createPlaySession } from '../../play/play-session.ts';
import type { LoadedScenario } from '../../scenario/loaded-scenario.ts';

/** A shipped scenario that passed the whole check, with what the analysis found. */
export interface Shipped {
  /** `scenarios/<name>.yaml`. */
  file: string;
  /** The scenario, ready to play. */
  loaded: LoadedScenario;
  /** Its analysis (model answer, worst path). */
  analysis: AnalysisReport;
}

/** A scenario file's name and text, as a test read it from disk. */
export interface ScenarioFile {
  /** `scenarios/<name>.yaml`. */
  file: string;
  /** Its YAML. */
  text: string;
}

/** For tests: scenario files checked in full, in file order; one that does not check throws. */
export function checkShipped(files: readonly ScenarioFile[]): Shipped[] {
  return [...files]
    .sort((a, b) => (a.file < b.file ? -1 : 1))
    .map(({ file, text }) => {
      const checked = checkScenario(text, file);
      if (!checked.ok) throw new Error(`${file} does not check`);
      return { file, loaded: checked.loaded, analysis: checked.analysis };
    });
}

/** How a path is played. */
export interface PathPlay {
  /** The attempt id. */
  attemptId: string;
  /** Replies come fast (4 s) or slow (twice the budget, short of any timeout). */
  pace?: 'fast' | 'slow';
  /** Pause a minute (wall time) before every n-th reply; 0 never. */
  pauseEvery?: number;
  /** Play only this many steps, then stop (an attempt left unfinished). */
  steps?: number;
  /** Leave the attempt paused at the end. */
  endPaused?: boolean;
  /** A playtest from the middle. */
  startAt?: StartPoint;
  /** Wall-clock start (epoch ms). */
  startedAt?: number;
}

const isWait = (step: PathStep): boolean => step.choice === 'wait' && step.reply === '';

/**
 * For tests: plays an analysis path through a real play session on a virtual clock,
 * waiting out the customer where the path waits; wall time runs on while paused.
 */
export function playPath(
  loaded: LoadedScenario,
  path: readonly PathStep[],
  play: PathPlay,
): AttemptLog {
  const clock = new ActiveClock();
  const startedAt = play.startedAt ?? Date.UTC(2026, 2, 2, 9, 30);
  let pausedMs = 0;
  const session = createPlaySession({
    loaded,
    trainee: 'Zoë Ñúñez, Jr.',
    mode: 'assessment',
    clock,
    now: () => startedAt + pausedMs + clock.now(),
    attemptId: play.attemptId,
    ...(play.startAt === undefined ? {} : { startAt: play.startAt }),
  });
  const steps = path.slice(0, play.steps ?? path.length);
  steps.forEach((step, i) => {
    const due = clock.nextDue();
    if (isWait(step)) {
      if (due === undefined) throw new Error(`nothing to wait for at '${step.state}'`);
      clock.advanceTo(due);
      return;
    }
    const budget = session.getView().replyWithinMs;
    const think = play.pace === 'slow' ? 2 * budget : 4_000;
    const target = clock.now() + think;
    clock.advanceTo(due === undefined ? target : Math.min(target, due - 1));
    if (play.pauseEvery !== undefined && play.pauseEvery > 0 && i % play.pauseEvery === 0) {
      void session.pause();
      pausedMs += 60_000;
      void session.resume();
    }
    void session.choose(step.choice);
  });
  if (play.endPaused === true) {
    pausedMs += 1_000;
    void session.pause();
  }
  const log = session.getLog();
  session.stop();
  return log;
}
