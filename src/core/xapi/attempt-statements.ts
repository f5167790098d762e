import type { Agent, ContextActivity, Statement } from '@xapi/xapi';
import type { AttemptEvent, AttemptLog } from '../attempt/attempt-log.ts';
import { checkLogHeader } from '../attempt/check-log-header.ts';
import { replay } from '../attempt/replay.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import type { Scorecard } from '../scoring/scorecard-types.ts';
import { isoDuration } from './iso-duration.ts';
import {
  abandonStatement,
  finishStatements,
  launchStatements,
  terminateStatement,
  turnStatement,
  type End,
} from './lifecycle-statements.ts';
import { iso, scenarioActivity, type Shared } from './statement-context.ts';
import { registrationOf } from './statement-ids.ts';
import { checkActivityBase, checkActor } from './xapi-input-checks.ts';
import { ACTIVITY_TYPES, LANGUAGE, PLATFORM } from './xapi-vocabulary.ts';

/** Where an attempt stands, as the caller knows it. */
export type AttemptStatus = 'in-progress' | 'finished' | 'abandoned';

/** What the statements of an attempt are built from. */
export interface AttemptStatementsInput {
  /** The attempt's log, as far as it goes. */
  log: AttemptLog;
  /** The scenario version it was played on (the log's fingerprint). */
  loaded: LoadedScenario;
  /** The scorecard the trainee was shown, when finished; computed by replay when absent. */
  scorecard?: Scorecard;
  /** Who played: an xAPI Agent with a name and exactly one identifier (mbox or account). */
  actor: Agent;
  /** Absolute IRI that prefixes every activity id, such as the app's URL. */
  activityBase: string;
  /** In progress, finished (reached an ending) or abandoned (given up). */
  status: AttemptStatus;
}

/** The statements of an attempt in order, or why they cannot be built. */
export type AttemptStatementsResult =
  { ok: true; statements: Statement[] } | { ok: false; error: string };

/** Latest time a JavaScript Date can hold (epoch ms). */
const MAX_DATE_MS = 8.64e15;

const isTimestamp = (ms: unknown): ms is number =>
  typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 && ms <= MAX_DATE_MS;

/** A statement as plain JSON of its own: callers may store or edit one without touching others. */
const detached = (statements: readonly Statement[]): Statement[] =>
  statements.map((s) => JSON.parse(JSON.stringify(s)) as Statement);

/** The log's events cut into turns: each ends with a reply or timeout; the rest trail. */
function chunksOf(events: readonly AttemptEvent[]): {
  turns: AttemptEvent[][];
  trailing: AttemptEvent[];
} {
  const turns: AttemptEvent[][] = [];
  let current: AttemptEvent[] = [];
  for (const event of events) {
    current.push({ ...event });
    if (event.type === 'reply' || event.type === 'timeout') {
      turns.push(current);
      current = [];
    }
  }
  return { turns, trailing: current };
}

/** Why the log cannot be turned into statements, or nothing when it can. */
function logProblem(log: AttemptLog, loaded: LoadedScenario): string | undefined {
  const header = checkLogHeader(loaded, log);
  if (header.length > 0) return header.join('; ');
  if (typeof log.attemptId !== 'string' || log.attemptId === '') return 'the log has no attempt id';
  if (!isTimestamp(log.startedAt))
    return `the log's start time ${String(log.startedAt)} is not a valid epoch time`;
  return undefined;
}

/** The first event (of a log that replays) whose wall time cannot be a statement timestamp. */
function badWallTime(events: readonly AttemptEvent[]): string | undefined {
  const bad = events.findIndex((e) => !isTimestamp(e.at));
  return bad < 0 ? undefined : `event #${bad} has a wall-clock time 'at' that is not a valid date`;
}

/**
 * The xAPI statements of an attempt, in order: launched, initialized, one per turn
 * (answered, or timed out when the customer's patience ran out), then completed and
 * passed or failed when finished, or abandoned, and terminated last when it is over.
 * Deterministic (ids and timestamps come from the log) and prefix-stable: an attempt's
 * statements while in progress are exactly the first ones of its later statements, so a
 * caller may queue them as it goes. Never throws: a log that does not replay cleanly on
 * the given scenario, a bad actor or activity base, or a status the log contradicts
 * gives an error instead.
 */
export function attemptStatements(input: AttemptStatementsInput): AttemptStatementsResult {
  const { log, loaded, status } = input;
  const actor = checkActor(input.actor);
  if (!actor.ok) return actor;
  const base = checkActivityBase(input.activityBase);
  if (!base.ok) return base;
  const problem = logProblem(log, loaded);
  if (problem !== undefined) return { ok: false, error: problem };
  const run = replay(loaded, log);
  if (run.problems.length > 0) {
    const more = run.problems.length > 1 ? ` (and ${run.problems.length - 1} more problems)` : '';
    return {
      ok: false,
      error: `attempt '${log.attemptId}' does not replay on scenario '${loaded.scenario.id}': ${run.problems[0] ?? ''}${more}`,
    };
  }
  const wall = badWallTime(log.events);
  if (wall !== undefined) return { ok: false, error: `attempt '${log.attemptId}': ${wall}` };
  const chunks = chunksOf(log.events);
  if (chunks.turns.length !== run.turns.length)
    return {
      ok: false,
      error: `attempt '${log.attemptId}' logs ${chunks.turns.length} replies and timeouts, but replay finds ${run.turns.length} turns`,
    };
  if (status === 'finished' && !run.done)
    return {
      ok: false,
      error: `attempt '${log.attemptId}' is said to be finished, but its log does not reach an ending`,
    };
  if (status === 'abandoned' && run.done)
    return {
      ok: false,
      error: `attempt '${log.attemptId}' reaches an ending: it is finished, not abandoned`,
    };

  const library: ContextActivity = {
    objectType: 'Activity',
    id: base.value,
    definition: { type: ACTIVITY_TYPES.library, name: { [LANGUAGE]: PLATFORM } },
  };
  const shared: Shared = {
    actor: actor.value,
    log,
    loaded,
    registration: registrationOf(log.attemptId),
    library,
    scenario: scenarioActivity(loaded, base.value),
  };
  const statements = launchStatements(shared);
  run.turns.forEach((turn, i) => {
    statements.push(turnStatement(shared, turn, chunks.turns[i] ?? []));
  });
  if (status === 'in-progress') return { ok: true, statements: detached(statements) };

  const last = log.events[log.events.length - 1];
  const end: End = {
    duration: isoDuration(last?.t ?? 0),
    timestamp: iso(last?.at ?? log.startedAt),
    turnCount: run.turns.length,
    trailing: chunks.trailing,
  };
  if (status === 'finished') {
    const card = input.scorecard ?? scoreAttempt(loaded, run.turns, run.ending ?? null);
    statements.push(...finishStatements(shared, end, card));
  } else {
    statements.push(abandonStatement(shared, end));
  }
  statements.push(terminateStatement(shared, end));
  return { ok: true, statements: detached(statements) };
}
