import type { RecordedOutcome } from './cmi5-move-on.ts';
import type { LmsResult } from './lms-result.ts';

/** LMS.LaunchData's launch modes: only Normal records completion and results. */
export type LaunchMode = 'Normal' | 'Browse' | 'Review';

/** A score as cmi5 statements carry it (section 9.5.1): raw is a whole number within min..max. */
export interface Cmi5Score {
  /** score / 100, the value compared with masteryScore. */
  scaled: number;
  /** The score rounded to a whole number. */
  raw: number;
  /** Always 0. */
  min: number;
  /** Always 100. */
  max: number;
}

/** What to send for a result, and why anything is left out. */
export interface Cmi5Plan {
  /** Passed or Failed with the score, or nothing. */
  judgement?: { verb: 'passed' | 'failed'; score: Cmi5Score };
  /** Send Completed. */
  complete: boolean;
  /** Sentences for what was deliberately not sent. */
  notes: string[];
}

/** The facts a plan depends on. */
export interface Cmi5PlanInput {
  /** How the scenario ended. */
  result: LmsResult;
  /** From LMS.LaunchData. */
  launchMode: LaunchMode;
  /** LMS.LaunchData's masteryScore (0..1), which overrides the scenario's pass mark when present. */
  masteryScore: number | undefined;
  /** The scenario's own pass mark, scaled 0..1. */
  passMark: number;
  /** What the registration already holds for this AU. */
  recorded: RecordedOutcome;
}

/**
 * Which cmi5-defined statements a result calls for (cmi5 sections 9.3 and 10): none outside
 * Normal mode; Completed once the conversation reached an ending, once per registration;
 * Passed or Failed when it was scored, judged against the LMS's masteryScore, never a
 * second Passed and never a Failed after a Passed in the same registration.
 */
export function planCmi5Result(input: Cmi5PlanInput): Cmi5Plan {
  const { result, recorded } = input;
  if (input.launchMode !== 'Normal') {
    return {
      complete: false,
      notes: [`launchMode is ${input.launchMode}: cmi5 records no completion or result`],
    };
  }
  if (!result.ended)
    return { complete: false, notes: ['the conversation did not reach an ending'] };
  const notes: string[] = [];
  let judgement: Cmi5Plan['judgement'];
  if (result.score === null) {
    notes.push('nothing was assessed, so there is no Passed or Failed');
  } else {
    const scaled = result.score / 100;
    const passed = scaled >= (input.masteryScore ?? input.passMark);
    if (recorded.passed) {
      notes.push(
        passed
          ? 'Passed is already recorded for this registration'
          : 'Passed is already recorded for this registration, and a Failed must not follow it',
      );
    } else {
      judgement = {
        verb: passed ? 'passed' : 'failed',
        score: { scaled, raw: Math.round(result.score), min: 0, max: 100 },
      };
    }
  }
  if (recorded.completed) notes.push('Completed is already recorded for this registration');
  return {
    ...(judgement === undefined ? {} : { judgement }),
    complete: !recorded.completed,
    notes,
  };
}
