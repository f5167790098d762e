/** Version of the engine that writes attempt logs and scorecards; bump when scoring changes. */
export const ENGINE_VERSION = '1.0.0';

/** Practice shows a coach's feedback after each reply; assessment only at the end. */
export type Mode = 'practice' | 'assessment';

/** Common fields of every logged event. */
interface LoggedAt {
  /** Active milliseconds since the attempt started (pauses excluded): the engine's clock. */
  t: number;
  /** Wall-clock time (epoch ms) when it happened, for people reading the log. */
  at: number;
}

/** The trainee chose a reply option. */
export interface ReplyEvent extends LoggedAt {
  /** Discriminant. */
  type: 'reply';
  /** The option id (event type). */
  option: string;
}

/** The customer's patience ran out: an `after` transition fired. */
export interface TimeoutEvent extends LoggedAt {
  /** Discriminant. */
  type: 'timeout';
  /** Id of the state whose `after` fired. */
  state: string;
  /** Its delay in milliseconds. */
  delay: number;
}

/** The trainee paused; the clock stopped. */
export interface PauseEvent extends LoggedAt {
  /** Discriminant. */
  type: 'pause';
}

/** The trainee resumed; the clock runs again. */
export interface ResumeEvent extends LoggedAt {
  /** Discriminant. */
  type: 'resume';
}

/** One entry of an attempt's event log. */
export type AttemptEvent = ReplyEvent | TimeoutEvent | PauseEvent | ResumeEvent;

/** Where a playtest that began mid-scenario started: the turn, the mood and the flags. */
export interface StartPoint {
  /** Graph id of the turn (an atomic state) it started at. */
  state: string;
  /** The customer's mood there, 0..100. */
  mood: number;
  /** Every flag's value there (the scenario's initial flags overridden by the chosen ones). */
  flags: Record<string, boolean>;
}

/** The truth of an attempt: who played which scenario version, and everything that happened. */
export interface AttemptLog {
  /** File format tag. */
  format: 'cx-attempt/1';
  /** Unique id of the attempt. */
  attemptId: string;
  /** The scenario's id. */
  scenarioId: string;
  /** Fingerprint of the scenario version played. */
  scenarioFingerprint: string;
  /** Engine version that recorded it. */
  engineVersion: string;
  /** The trainee's name as they gave it. */
  trainee: string;
  /** Practice or assessment. */
  mode: Mode;
  /** Wall-clock start (epoch ms). */
  startedAt: number;
  /** Everything that happened, in order. */
  events: AttemptEvent[];
  /**
   * A playtest that began mid-scenario: where it started. Absent for every normal attempt,
   * which starts at the scenario's `initial`; replay starts wherever this says.
   */
  start?: StartPoint;
}
