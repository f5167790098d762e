import { ActiveClock } from '../play/active-clock.ts';
import { startScenarioActor } from '../play/scenario-actor.ts';
import { parseStartPoint, resolveStartAt, type ResolvedStart } from '../play/start-at.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { EndingMeta } from '../scenario/scenario-types.ts';
import type { EngineContext } from '../scenario/engine-vocabulary.ts';
import type { AttemptLog } from './attempt-log.ts';
import { checkLogHeader } from './check-log-header.ts';
import { driveLog } from './drive-log.ts';
import type { TurnRecord } from './turn-record.ts';
import { TurnTracker } from './turn-tracker.ts';

/** What a log replays to. */
export interface ReplayResult {
  /** The turns, each with what was offered and how it was answered. */
  turns: TurnRecord[];
  /** The active leaf after the last event. */
  leaf: string;
  /** Mood and flags after the last event. */
  context: EngineContext;
  /** The conversation reached an ending. */
  done: boolean;
  /** The ending reached, when done. */
  ending?: EndingMeta;
  /** Everything in the log that does not match the scenario; empty for a faithful log. */
  problems: string[];
}

/** The log's start point resolved, or `undefined` (from `initial`) with the reason in `problems`. */
function startOf(
  loaded: LoadedScenario,
  raw: unknown,
  problems: string[],
): ResolvedStart | undefined {
  const parsed = parseStartPoint(raw);
  if ('error' in parsed) {
    problems.push(`${parsed.error}; replayed from the scenario's start`);
    return undefined;
  }
  if (parsed.start === undefined) return undefined;
  try {
    return resolveStartAt(loaded, parsed.start);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(`${reason}; replayed from the scenario's start`);
    return undefined;
  }
}

/**
 * Rebuilds an attempt from its log, deterministically: the scenario's XState
 * actor runs on a virtual clock advanced to each event's active time, so
 * timeouts fire exactly where they fired live. A log with a `start` (a
 * playtest that began mid-scenario) is replayed from there, and its turns
 * are the turns played. Never throws on a bad log; everything that does not
 * match is listed in `problems`.
 */
export function replay(loaded: LoadedScenario, log: AttemptLog): ReplayResult {
  const raw: unknown = log;
  const problems = checkLogHeader(loaded, raw);
  const events =
    typeof raw === 'object' && raw !== null && 'events' in raw ? raw.events : undefined;
  const clock = new ActiveClock();
  const run = startScenarioActor(loaded, clock, startOf(loaded, raw, problems));
  const tracker = new TurnTracker(loaded);
  tracker.begin(run.state(), 0);
  const driven = driveLog(run, clock, events, {
    onReply: (r) =>
      tracker.answer({ kind: 'reply', event: r.option, meta: r.transition.meta }, r.t, r.after),
    onTimeout: (f) =>
      tracker.answer(
        { kind: 'timeout', state: f.state, delay: f.delay, meta: f.transition?.meta ?? {} },
        f.t,
        f.after,
      ),
  });
  run.stop();
  const { leaf, context, done } = run.state();
  const result: ReplayResult = {
    turns: tracker.turns,
    leaf,
    context,
    done,
    problems: [...problems, ...driven.problems],
  };
  const ending = done ? loaded.graph.states.get(leaf)?.meta.ending : undefined;
  if (ending !== undefined) result.ending = ending;
  return result;
}
