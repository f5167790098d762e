// The shapes of an Extra Mile statement once read: its header, its part, and the read outcome.
import type { AttemptEvent, Mode, StartPoint } from '../attempt/attempt-log.ts';
import type { Dimension } from '../scenario/scenario-types.ts';
import type { TurnMarks } from '../scoring/marks.ts';

/** What every statement of an attempt repeats: which attempt of which scenario version. */
export interface StatementHeader {
  /** The attempt id. */
  attemptId: string;
  /** The scenario id. */
  scenarioId: string;
  /** The scenario version's fingerprint. */
  scenarioFingerprint: string;
  /** The engine version that recorded it. */
  engineVersion: string;
  /** Practice or assessment. */
  mode: Mode;
}

/** The ending a completed statement names. */
export interface ClaimedEnding {
  /** Its title. */
  title: string;
  /** Whether the customer stays. */
  retained: boolean;
  /** Stars, 1..5. */
  review: number;
}

/** The dimension scores and pass mark a completed, passed or failed statement claims. */
export interface ClaimedScores {
  /** Each dimension's score, 0..100, or null when not assessed. */
  dimensions: Record<Dimension, number | null>;
  /** The pass mark. */
  passMark: number;
}

/** What one statement contributes to its attempt, by kind. */
export type StatementPart =
  | {
      /** Launched: the log's header. */
      kind: 'launched';
      /** Wall-clock start (epoch ms). */
      startedAt: number;
      /** The trainee's name as the app had it. */
      trainee: string;
      /** A playtest's start point. */
      start?: StartPoint;
    }
  | {
      /** Initialized: nothing the log needs. */
      kind: 'initialized';
    }
  | {
      /** One customer turn. */
      kind: 'turn';
      /** 0-based turn index. */
      index: number;
      /** The log events since the previous turn, ending with the reply or timeout. */
      events: AttemptEvent[];
      /** The option id chosen, or 'wait' for a timeout (as scorecards write it). */
      choice: string;
      /** The marks the statement claims. */
      marks: TurnMarks;
    }
  | {
      /** Completed: the conversation reached an ending. */
      kind: 'completed';
      /** Turns the attempt had. */
      turnCount: number;
      /** Whether a score was given (a passed or failed statement follows). */
      scored: boolean;
      /** The ending claimed. */
      ending: ClaimedEnding | null;
      /** The dimension scores and pass mark claimed. */
      scores: ClaimedScores;
      /** Log events after the last turn. */
      events: AttemptEvent[];
    }
  | {
      /** Passed or failed. */
      kind: 'result';
      /** Passed (true) or failed. */
      passed: boolean;
      /** The overall score claimed, 0..100. */
      overall: number;
      /** The dimension scores and pass mark claimed. */
      scores: ClaimedScores;
    }
  | {
      /** Abandoned: given up before an ending. */
      kind: 'abandoned';
      /** Turns the attempt had. */
      turnCount: number;
      /** Log events after the last turn. */
      events: AttemptEvent[];
    }
  | {
      /** Terminated: nothing the log needs. */
      kind: 'terminated';
    };

/** An Extra Mile statement, read and checked. */
export interface ReadStatement {
  /** Its id, lower case. */
  id: string;
  /** Its registration, lower case. */
  registration: string;
  /** The attempt and scenario it names. */
  header: StatementHeader;
  /** What it says about the attempt. */
  part: StatementPart;
}

/** What reading one item of an LRS answer gave. */
export type ReadOutcome =
  /** Not an Extra Mile statement (or not a statement at all): ignored, with the reason. */
  | { kind: 'foreign'; reason: string }
  /** An Extra Mile statement that is broken: an error of its attempt. */
  | {
      /** Discriminant. */
      kind: 'broken';
      /** Its registration. */
      registration: string;
      /** The attempt id its context names. */
      attemptId: string;
      /** Its id, lower case, when it has a UUID one: the statement it fails to be is not missing. */
      id?: string;
      /** What is wrong with it. */
      error: string;
    }
  /** An Extra Mile statement in good shape. */
  | { kind: 'ours'; statement: ReadStatement };
