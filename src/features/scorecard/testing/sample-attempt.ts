import { SimulatedClock } from 'xstate';
import type { AttemptLog, Mode } from '../../../core/attempt/attempt-log.ts';
import { replay } from '../../../core/attempt/replay.ts';
import type { TurnRecord } from '../../../core/attempt/turn-record.ts';
import { ActiveClock } from '../../../core/play/active-clock.ts';
import { createPlaySession } from '../../../core/play/play-session.ts';
import type { LoadedScenario } from '../../../core/scenario/loaded-scenario.ts';
import type { MachineConfig } from '../../../core/scenario/scenario-types.ts';
import { scoreAttempt } from '../../../core/scoring/score-attempt.ts';
import type { Scorecard } from '../../../core/scoring/scorecard-types.ts';
import { endingState, loadedFrom } from '../../../core/testing/loaded-from.ts';

/** A two-turn email conversation for the scorecard's tests (not shipped content). */
const SAMPLE: MachineConfig = {
  id: 'parcel-question',
  initial: 'asks',
  states: {
    asks: {
      meta: {
        subject: 'Where is my parcel?',
        replyWithin: 30,
        customer: 'Hello,\n\nMy parcel FB-1 has not arrived. Where is it?\n\nMegan\n',
      },
      on: {
        check: {
          target: 'thanks',
          meta: {
            reply:
              'I checked FB-1: it arrives tomorrow morning, and I will send the tracking link.',
            tone: 2,
            promptness: 1,
            extraMile: 1,
            mood: 25,
            feedback: 'You answered the real question and promised the next step.',
            principle: 'respond-promptly',
          },
        },
        policy: {
          target: 'thanks',
          meta: {
            reply: 'Please see our delivery policy.',
            tone: -1,
            mood: -20,
            feedback: 'A policy link is not an answer.',
            principle: 'own-the-problem',
          },
        },
      },
      after: {
        60000: {
          target: 'chases',
          meta: {
            promptness: -2,
            mood: -15,
            feedback: 'She waited and heard nothing.',
            principle: 'respond-promptly',
          },
        },
      },
    },
    chases: {
      meta: {
        narration: 'Two days later. Still no parcel.',
        subject: 'Re: Where is my parcel?',
        replyWithin: 30,
        customer: 'Hello? Anyone there?',
      },
      on: {
        sorry: {
          target: 'thanks',
          meta: { reply: 'Sorry, Megan: it arrives tomorrow.', tone: 1, mood: 10 },
        },
      },
    },
    thanks: endingState('Parcel found'),
  },
};

/** The sample scenario, loaded. */
export const sampleScenario: LoadedScenario = loadedFrom(SAMPLE, {
  channel: 'email',
  customer: { name: 'Megan Hollis', mood: 55 },
});

/** A finished attempt: log, turns and scorecard, as the player hands them to the scorecard. */
export interface SampleAttempt {
  log: AttemptLog;
  turns: TurnRecord[];
  scorecard: Scorecard;
}

/** One step: wait `ms` of active time, then choose `option` (or only wait). */
export interface Step {
  wait: number;
  option?: string;
}

/** Plays the sample with a simulated clock (started 17 March 2025, local noon) and scores it. */
export function playSample(steps: readonly Step[], mode: Mode = 'practice'): SampleAttempt {
  const host = new SimulatedClock();
  const start = new Date(2025, 2, 17, 12, 0, 0).getTime();
  const session = createPlaySession({
    loaded: sampleScenario,
    trainee: 'Sam Rivera',
    mode,
    clock: new ActiveClock({ host }),
    now: () => start + host.now(),
    attemptId: 'sample-1',
  });
  for (const step of steps) {
    host.increment(step.wait);
    if (step.option !== undefined) void session.choose(step.option);
  }
  const log = session.getLog();
  session.stop();
  const replayed = replay(sampleScenario, log);
  return {
    log,
    turns: replayed.turns,
    scorecard: scoreAttempt(sampleScenario, replayed.turns, replayed.ending ?? null),
  };
}
