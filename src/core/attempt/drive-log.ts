import type { ActiveClock } from '../play/active-clock.ts';
import type { FiredTimeout, RunState, ScenarioActor } from '../play/scenario-actor.ts';
import type { TransitionInfo } from '../scenario/graph-types.ts';
import type { TimeoutEvent } from './attempt-log.ts';
import { parseEvent } from './parse-event.ts';

/** A logged reply as the actor took it. */
export interface DrivenReply {
  /** The option id. */
  option: string;
  /** Active ms of the reply. */
  t: number;
  /** The alternative XState took. */
  transition: TransitionInfo;
  /** State before the reply. */
  before: RunState;
  /** State after it and any eventless transitions. */
  after: RunState;
}

/** Callbacks for what happens while a log is driven. */
export interface DriveHooks {
  /** A logged reply was applied. */
  onReply?(reply: DrivenReply): void;
  /** The clock fired a timeout (whether or not the log records it). */
  onTimeout?(fired: FiredTimeout): void;
}

/** Where driving a log left the actor and what did not match. */
export interface DriveResult {
  /** Every mismatch between the log and what the scenario does, in order. */
  problems: string[];
  /** Active ms of the last event (the clock stands there). */
  lastT: number;
  /** Active ms when the current turn began: the last reply or timeout, else 0. */
  turnStartedT: number;
  /** The log ends paused. */
  paused: boolean;
}

const describeTimeout = (f: { state: string; delay: number; t: number }): string =>
  `a timeout of '${f.state}' after ${f.delay} ms at t=${f.t}`;

const matches = (fired: FiredTimeout, logged: TimeoutEvent): boolean =>
  fired.state === logged.state && fired.delay === logged.delay && fired.t === logged.t;

/**
 * Plays a log's events into a started actor in virtual time: the clock is
 * advanced to each event's `t` (timeouts fire by themselves, in due order) and
 * replies are sent. Timeouts the clock fires and timeouts the log records must
 * pair up one to one. Never throws: the log is untrusted input.
 */
export function driveLog(
  run: ScenarioActor,
  clock: ActiveClock,
  events: unknown,
  hooks: DriveHooks = {},
): DriveResult {
  const problems: string[] = [];
  const fired: FiredTimeout[] = [];
  let lastT = clock.now();
  let turnStartedT = lastT;
  let paused = false;

  run.onTimeout((f) => {
    fired.push(f);
    turnStartedT = f.t;
    hooks.onTimeout?.(f);
  });
  const unlogged = (): void => {
    for (const f of fired.splice(0))
      problems.push(`the scenario fires ${describeTimeout(f)}, which the log does not record`);
  };

  if (!Array.isArray(events)) {
    problems.push('the log has no list of events');
    return { problems, lastT, turnStartedT, paused };
  }
  events.forEach((raw: unknown, index) => {
    const parsed = parseEvent(raw);
    if ('error' in parsed) {
      problems.push(`event #${index} ${parsed.error}; skipped`);
      return;
    }
    if (parsed.warning !== undefined) problems.push(`event #${index} ${parsed.warning}`);
    const event = parsed.event;
    const where = `event #${index} (${event.type} at t=${event.t})`;
    let t = event.t;
    if (t < lastT) {
      problems.push(
        `${where} goes back in time (the previous event was at t=${lastT}); taken as t=${lastT}`,
      );
      t = lastT;
    }
    clock.advanceTo(t);
    lastT = t;

    if (event.type === 'timeout') {
      const next = fired.shift();
      if (next === undefined) {
        const why = run.state().done ? 'comes after the end' : 'is not reproduced by the scenario';
        problems.push(`${where}: ${describeTimeout({ ...event, t })} ${why}`);
      } else if (!matches(next, { ...event, t })) {
        problems.push(
          `${where}: the log records ${describeTimeout({ ...event, t })} but the scenario fires ${describeTimeout(next)}`,
        );
      }
      return;
    }
    unlogged();
    if (run.state().done) {
      problems.push(`${where} comes after the end`);
      return;
    }
    if (event.type === 'pause' || event.type === 'resume') {
      const pausing = event.type === 'pause';
      if (paused === pausing)
        problems.push(`${where}: the attempt is already ${pausing ? 'paused' : 'running'}`);
      paused = pausing;
      return;
    }
    if (paused) problems.push(`${where}: a reply while paused`);
    const before = run.state();
    const open = run.open();
    const option = open.find((o) => o.event === event.option);
    if (option === undefined) {
      const names = open.map((o) => `'${o.event}'`).join(', ') || 'none';
      problems.push(
        `${where}: option '${event.option}' is not open in '${before.leaf}' (open: ${names}); skipped`,
      );
      return;
    }
    run.send(event.option);
    turnStartedT = t;
    hooks.onReply?.({
      option: event.option,
      t,
      transition: option.transition,
      before,
      after: run.state(),
    });
  });
  unlogged();
  const failure = run.failure();
  if (failure !== undefined)
    problems.push(
      `the scenario's machine failed: ${failure instanceof Error ? failure.message : JSON.stringify(failure)}`,
    );
  run.onTimeout(null);
  return { problems, lastT, turnStartedT, paused };
}
