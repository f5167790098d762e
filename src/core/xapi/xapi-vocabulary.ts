/**
 * Every IRI Extra Mile writes into xAPI statements. Community verbs and activity types
 * (ADL, cmi5's ADL verbs) where one says what we mean; our own only where none does.
 * docs/xapi.md explains each to training teams and LRS admins: keep the two in step
 * (xapi-doc.test.ts checks that every IRI here is documented there).
 */

/** Where our own IRIs live; a stable namespace, never resolved by the app. */
export const EXTRA_MILE_XAPI_BASE = 'https://extra-mile.app/xapi/';

/** The one base of every extension IRI of ours. */
export const EXTENSION_BASE = `${EXTRA_MILE_XAPI_BASE}extensions/`;

/** The `context.platform` of every statement. */
export const PLATFORM = 'Extra Mile';

/** The language tag of the texts we write (verb displays, scenario texts). */
export const LANGUAGE = 'en';

/** The verbs, by what they mean in an attempt. */
export const VERBS = {
  /** The trainee opened a scenario: the attempt exists (ADL). */
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  /** The conversation started: the customer's first turn is on screen (ADL, as in cmi5). */
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  /** The trainee chose a reply at a turn (ADL: the actor replied to a question). */
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  /** The trainee let the customer's patience run out at a turn: no community verb says so. */
  timedOut: `${EXTRA_MILE_XAPI_BASE}verbs/timed-out`,
  /** The conversation reached an ending (ADL, as in cmi5). */
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  /** The finished attempt's overall score reached the pass mark (ADL, as in cmi5). */
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  /** The finished attempt's overall score stayed below the pass mark (ADL, as in cmi5). */
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  /** The trainee gave the attempt up before an ending (ADL verb used by cmi5). */
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
  /** The attempt is over, finished or abandoned: nothing more will be sent (ADL, as in cmi5). */
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

/** A verb's name in {@link VERBS}. */
export type VerbName = keyof typeof VERBS;

/** How each verb reads in an LRS's statement list ("Dana answered …"). */
export const VERB_DISPLAY: Record<VerbName, string> = {
  launched: 'launched',
  initialized: 'initialized',
  answered: 'answered',
  timedOut: 'timed out',
  completed: 'completed',
  passed: 'passed',
  failed: 'failed',
  abandoned: 'abandoned',
  terminated: 'terminated',
};

/** The activity types. */
export const ACTIVITY_TYPES = {
  /** The scenario library of one Extra Mile site: the activity id base itself (ADL course). */
  library: 'http://adlnet.gov/expapi/activities/course',
  /** One scenario: a simulated customer conversation (ADL simulation). */
  scenario: 'http://adlnet.gov/expapi/activities/simulation',
  /** One customer turn, answered by choosing among reply options (ADL cmi.interaction, choice). */
  turn: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

const ext = (name: string): string => `${EXTENSION_BASE}${name}`;

/** Context extensions of every statement: which attempt, of which scenario version. */
export const CONTEXT_EXTENSIONS = {
  /** The attempt's id (string) as the app knows it; the registration is derived from it. */
  attemptId: ext('attempt-id'),
  /** The scenario's id, its slug (string). */
  scenarioId: ext('scenario-id'),
  /** sha-256 (64 hex digits) of the scenario version played: replay needs exactly that version. */
  scenarioFingerprint: ext('scenario-fingerprint'),
  /** Version of the engine that recorded the attempt (string, semver). */
  engineVersion: ext('engine-version'),
  /** 'practice' (coach feedback after each reply) or 'assessment' (feedback at the end). */
  mode: ext('mode'),
} as const;

/** Context extensions of the launched statement only: the rest of the attempt log's header. */
export const LAUNCH_EXTENSIONS = {
  /** Wall-clock start of the attempt (integer, epoch milliseconds). */
  startedAt: ext('started-at'),
  /** The trainee's name as they typed it (string); the actor may be named otherwise. */
  trainee: ext('trainee'),
  /** A playtest that began mid-scenario: `{ state, mood, flags }`; absent for normal attempts. */
  startPoint: ext('start-point'),
} as const;

/** Context extensions of the statements that carry attempt log events. */
export const LOG_EXTENSIONS = {
  /** 0-based position of the turn in the attempt (integer), on turn statements. */
  turnIndex: ext('turn-index'),
  /**
   * The attempt log's events since the previous statement that carried some (array of
   * `{ type, t, at, … }`): pauses, resumes and the reply or timeout that ends the turn.
   */
  events: ext('events'),
} as const;

/** Result extensions of turn statements: how the turn went. */
export const TURN_RESULT_EXTENSIONS = {
  /** The reply's tone mark, 0..1, or null when the turn does not count for tone. */
  toneMark: ext('tone-mark'),
  /** The promptness mark, 0..1 (timing, averaged with the author's promptness rating). */
  promptnessMark: ext('promptness-mark'),
  /** The extra-mile mark, 0..1, or null when no offered option goes the extra mile. */
  extraMileMark: ext('extra-mile-mark'),
  /** Active milliseconds from the turn's start to the reply or timeout, pauses excluded. */
  replyMs: ext('reply-ms'),
  /** The turn's reply budget in milliseconds: slower replies lose promptness. */
  budgetMs: ext('budget-ms'),
  /** True when the customer's patience ran out instead of a reply. */
  timedOut: ext('timed-out'),
  /** The customer's mood when the turn began, 0 (furious) .. 100 (delighted). */
  moodBefore: ext('mood-before'),
  /** The customer's mood after the answer, 0..100. */
  moodAfter: ext('mood-after'),
} as const;

/** Result extensions of the completed and abandoned statements. */
export const END_RESULT_EXTENSIONS = {
  /** How many turn statements the attempt has (integer): a missing one can be named. */
  turnCount: ext('turn-count'),
  /** Completed only: true when a passed or failed statement follows (the attempt has a score). */
  scored: ext('scored'),
  /** Completed only: the ending reached, `{ title, retained, review }` (review in stars 1..5). */
  ending: ext('ending'),
} as const;

/** Result extensions of the completed, passed and failed statements: the dimension scores. */
export const SCORE_RESULT_EXTENSIONS = {
  /** Tone score, 0..100, or null when no turn counted for tone. */
  tone: ext('tone-score'),
  /** Promptness score, 0..100, or null. */
  promptness: ext('promptness-score'),
  /** Extra-mile score, 0..100, or null when the path offered no chance to go the extra mile. */
  extraMile: ext('extra-mile-score'),
  /** The scenario's pass mark, 0..100, for the overall score and each dimension. */
  passMark: ext('pass-mark'),
} as const;

/** Every extension IRI of ours, for documentation checks. */
export const ALL_EXTENSIONS: readonly string[] = [
  ...Object.values(CONTEXT_EXTENSIONS),
  ...Object.values(LAUNCH_EXTENSIONS),
  ...Object.values(LOG_EXTENSIONS),
  ...Object.values(TURN_RESULT_EXTENSIONS),
  ...Object.values(END_RESULT_EXTENSIONS),
  ...Object.values(SCORE_RESULT_EXTENSIONS),
];
