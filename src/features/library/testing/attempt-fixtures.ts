import type { AttemptLog, Mode } from '../../../core/attempt/attempt-log.ts';
import { createAttemptLog } from '../../../core/attempt/create-attempt-log.ts';
import { replay } from '../../../core/attempt/replay.ts';
import type { LoadedScenario } from '../../../core/scenario/loaded-scenario.ts';
import { scoreAttempt } from '../../../core/scoring/score-attempt.ts';
import { endingState, loadedFrom } from '../../../core/testing/loaded-from.ts';
import type { AttemptStatus, StoredAttempt } from '../../../storage/attempt-store.ts';

/** For tests: a one-turn chat with a good reply (kept customer) and a poor one (lost). */
export const ONE_TURN: LoadedScenario = loadedFrom(
  {
    id: 'one-turn',
    initial: 'ask',
    states: {
      ask: {
        meta: { customer: 'Can you help?' },
        on: {
          help: { target: 'kept', meta: { reply: 'Of course.', tone: 2, extraMile: 2 } },
          shrug: { target: 'lost', meta: { reply: 'Not my job.', tone: -2, extraMile: 0 } },
        },
      },
      kept: endingState('Kept'),
      lost: endingState('Lost', false),
    },
  },
  { title: 'One turn', summary: 'A short chat.', customer: { name: 'Zoë Park', mood: 50 } },
);

/** Options of {@link storedAttempt}. */
export interface AttemptOptions {
  /** Attempt id. */
  id: string;
  /** The reply chosen (none leaves the attempt before any reply). */
  reply?: 'help' | 'shrug';
  /** Status; `finished` caches the scorecard of the replayed log. */
  status?: AttemptStatus;
  /** Who played. */
  trainee?: string;
  /** Mode played. */
  mode?: Mode;
  /** Wall-clock start; also used as `updatedAt`. */
  startedAt?: number;
  /** Scenario played. */
  loaded?: LoadedScenario;
}

/** For tests: a stored attempt whose log answers the first turn after one second. */
export function storedAttempt(options: AttemptOptions): StoredAttempt {
  const loaded = options.loaded ?? ONE_TURN;
  const startedAt = options.startedAt ?? 1_000;
  const base = createAttemptLog({
    attemptId: options.id,
    loaded,
    trainee: options.trainee ?? 'Dana',
    mode: options.mode ?? 'practice',
    startedAt,
  });
  const log: AttemptLog = {
    ...base,
    events:
      options.reply === undefined
        ? []
        : [{ type: 'reply', option: options.reply, t: 1_000, at: startedAt + 1_000 }],
  };
  const status = options.status ?? (options.reply === undefined ? 'in-progress' : 'finished');
  const attempt: StoredAttempt = {
    attemptId: options.id,
    trainee: log.trainee,
    scenarioId: log.scenarioId,
    scenarioFingerprint: log.scenarioFingerprint,
    mode: log.mode,
    status,
    startedAt,
    updatedAt: startedAt,
    log,
  };
  if (status === 'finished') {
    const replayed = replay(loaded, log);
    attempt.scorecard = scoreAttempt(loaded, replayed.turns, replayed.ending ?? null);
  }
  return attempt;
}
