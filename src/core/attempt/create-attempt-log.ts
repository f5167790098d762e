import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { ENGINE_VERSION, type AttemptLog, type Mode } from './attempt-log.ts';

/** Who starts an attempt on which scenario, and when. */
export interface NewAttempt {
  /** Unique id of the attempt. */
  attemptId: string;
  /** The scenario played. */
  loaded: LoadedScenario;
  /** The trainee's name as they gave it. */
  trainee: string;
  /** Practice or assessment. */
  mode: Mode;
  /** Wall-clock start (epoch ms). */
  startedAt: number;
}

/** An empty attempt log stamped with the scenario version and the engine version. */
export function createAttemptLog(input: NewAttempt): AttemptLog {
  return {
    format: 'cx-attempt/1',
    attemptId: input.attemptId,
    scenarioId: input.loaded.scenario.id,
    scenarioFingerprint: input.loaded.fingerprint,
    engineVersion: ENGINE_VERSION,
    trainee: input.trainee,
    mode: input.mode,
    startedAt: input.startedAt,
    events: [],
  };
}

/** A copy that callers can keep or mutate without touching the original. */
export function copyAttemptLog(log: AttemptLog): AttemptLog {
  return { ...log, events: log.events.map((e) => ({ ...e })) };
}
