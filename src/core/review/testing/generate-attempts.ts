import type { AttemptLog } from '../../attempt/attempt-log.ts';
import { replay } from '../../attempt/replay.ts';
import { ActiveClock } from '../../play/active-clock.ts';
import { ChoiceError } from '../../play/choice-error.ts';
import { createPlaySession } from '../../play/play-session.ts';
import type { LoadedScenario } from '../../scenario/loaded-scenario.ts';
import { scoreAttempt } from '../../scoring/score-attempt.ts';
import type { Scorecard } from '../../scoring/scorecard-types.ts';
import { seededRandom } from '../../testing/seeded-random.ts';

/** A finished attempt as a trainee downloads it: the log and its scorecard. */
export interface GeneratedAttempt {
  /** The event log. */
  attempt: AttemptLog;
  /** The scorecard of that log. */
  scorecard: Scorecard;
}

/** Options of {@link generateAttempts}. */
export interface GenerateOptions {
  /** How many attempts. */
  count: number;
  /** Seed of the pseudo-random choices (same seed, same attempts). */
  seed?: number;
  /** Trainee names to spread the attempts over. */
  trainees?: readonly string[];
  /** Wall-clock time of the first attempt (epoch ms); later ones follow hours apart. */
  start?: number;
  /** Chance, 0..1, of letting a turn's patience run out instead of replying. */
  waitChance?: number;
}

const random = seededRandom;

const TRAINEES = ['Aisha Khan', 'Ben Carter', 'Chloé Martin', 'Dev Patel', 'Zoë Ó Súilleabháin'];

/**
 * Plays real attempts through the engine (the same play session as the app, on a
 * virtual clock): random replies after random thinking times, now and then a silence
 * until the customer's patience runs out. Every attempt is finished and scored, so its
 * numbers are exactly what replay gives: verification must find nothing to flag.
 */
export function generateAttempts(
  scenarios: readonly LoadedScenario[],
  options: GenerateOptions,
): GeneratedAttempt[] {
  const next = random(options.seed ?? 1);
  const trainees = options.trainees ?? TRAINEES;
  const start = options.start ?? Date.UTC(2026, 0, 5, 9);
  const waitChance = options.waitChance ?? 0.08;
  const out: GeneratedAttempt[] = [];
  for (let n = 0; n < options.count; n++) {
    const loaded = scenarios[Math.floor(next() * scenarios.length)];
    const trainee = trainees[Math.floor(next() * trainees.length)];
    if (loaded === undefined || trainee === undefined) break;
    const clock = new ActiveClock();
    const startedAt = start + n * 3_600_000 + Math.floor(next() * 3_000_000);
    const session = createPlaySession({
      loaded,
      trainee,
      mode: next() < 0.6 ? 'practice' : 'assessment',
      clock,
      now: () => startedAt + clock.now(),
      attemptId: `gen-${options.seed ?? 1}-${n}`,
    });
    for (let step = 0; step < 80 && !session.getView().done; step++) {
      const view = session.getView();
      const due = clock.nextDue();
      if (view.options.length === 0 || (due !== undefined && next() < waitChance)) {
        if (due === undefined) break;
        clock.advanceTo(due);
        continue;
      }
      // Think for a while, but never past the customer's patience.
      const think = 1_000 + Math.floor(next() * 40_000);
      const target = clock.now() + think;
      clock.advanceTo(due === undefined ? target : Math.min(target, due - 1));
      const option = view.options[Math.floor(next() * view.options.length)];
      if (option === undefined) break;
      try {
        void session.choose(option.event);
      } catch (error) {
        if (!(error instanceof ChoiceError)) throw error;
      }
    }
    const log = session.getLog();
    const run = replay(loaded, log);
    if (!run.done) continue;
    out.push({ attempt: log, scorecard: scoreAttempt(loaded, run.turns, run.ending ?? null) });
  }
  return out;
}
