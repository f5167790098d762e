import { validate as isUuid } from 'uuid';
import type { AttemptEvent, Mode, StartPoint } from '../attempt/attempt-log.ts';
import { parseEvent } from '../attempt/parse-event.ts';
import { parseStartPoint } from '../play/start-at.ts';
import type { Dimension } from '../scenario/scenario-types.ts';
import type { TurnMarks } from '../scoring/marks.ts';
import { at, isObject, kindOf, shown } from './json-read.ts';
import { registrationOf } from './statement-ids.ts';
import {
  CONTEXT_EXTENSIONS,
  END_RESULT_EXTENSIONS,
  LAUNCH_EXTENSIONS,
  LOG_EXTENSIONS,
  SCORE_RESULT_EXTENSIONS,
  TURN_RESULT_EXTENSIONS,
  VERBS,
  type VerbName,
} from './xapi-vocabulary.ts';

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

/** Thrown inside the reader only, and caught at its top: the message is for people. */
class Unreadable extends Error {}

const fail = (message: string): never => {
  throw new Unreadable(message);
};

const text = (value: unknown, what: string): string =>
  typeof value === 'string' ? value : fail(`${what} is ${shown(value)}, not a text`);

const integer = (value: unknown, what: string): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
    ? value
    : fail(`${what} is not a whole number ≥ 0`);

const bool = (value: unknown, what: string): boolean =>
  typeof value === 'boolean' ? value : fail(`${what} is not true or false`);

function inRange(value: unknown, min: number, max: number, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
    return fail(`${what} is not a number from ${min} to ${max}`);
  return value;
}

const epochMs = (value: unknown): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? value
    : fail('the started-at extension is not an epoch time in milliseconds');

const orNull = (value: unknown, min: number, max: number, what: string): number | null =>
  value === null ? null : inRange(value, min, max, what);

function mode(value: unknown): Mode {
  if (value === 'practice' || value === 'assessment') return value;
  return fail(`the mode extension is ${shown(value)}, not practice or assessment`);
}

function headerOf(ext: unknown, attemptId: string): StatementHeader {
  return {
    attemptId,
    scenarioId: text(at(ext, CONTEXT_EXTENSIONS.scenarioId), 'the scenario-id extension'),
    scenarioFingerprint: text(
      at(ext, CONTEXT_EXTENSIONS.scenarioFingerprint),
      'the scenario-fingerprint extension',
    ),
    engineVersion: text(at(ext, CONTEXT_EXTENSIONS.engineVersion), 'the engine-version extension'),
    mode: mode(at(ext, CONTEXT_EXTENSIONS.mode)),
  };
}

/** Log events as a statement carries them: pauses and resumes, then the `closing` event if any. */
function eventsOf(value: unknown, closing: 'reply' | 'timeout' | 'none'): AttemptEvent[] {
  if (!Array.isArray(value)) return fail(`the events extension is ${shown(value)}, not a list`);
  const events = value.map((raw: unknown, i): AttemptEvent => {
    const parsed = parseEvent(raw);
    if ('error' in parsed) return fail(`its event #${i} ${parsed.error}`);
    if (parsed.warning !== undefined) return fail(`its event #${i} ${parsed.warning}`);
    return parsed.event;
  });
  const ends = closing === 'none' ? events.length : events.length - 1;
  events.forEach((event, i) => {
    const expected = i < ends ? 'pause or resume' : closing;
    const fits =
      i < ends ? event.type === 'pause' || event.type === 'resume' : event.type === closing;
    if (!fits) fail(`its event #${i} is a ${event.type} where a ${expected} belongs`);
  });
  if (closing !== 'none' && events.length === 0) fail(`its events do not end with a ${closing}`);
  return events;
}

function startOf(value: unknown): StartPoint | undefined {
  if (value === undefined) return undefined;
  const parsed = parseStartPoint({ start: value });
  if ('error' in parsed)
    return fail(parsed.error.replace("the log's start", 'the start-point extension'));
  const start = parsed.start;
  if (start === undefined) return undefined;
  const flags = Object.entries(start.flags).map(
    ([name, on]: [string, unknown]): [string, boolean] => [
      name,
      bool(on, `flag '${name}' of the start-point extension`),
    ],
  );
  return { state: start.state, mood: start.mood, flags: Object.fromEntries(flags) };
}

function scoresOf(ext: unknown): ClaimedScores {
  const score = (d: Dimension, name: string): number | null =>
    orNull(at(ext, SCORE_RESULT_EXTENSIONS[d]), 0, 100, `the ${name} extension`);
  return {
    dimensions: {
      tone: score('tone', 'tone-score'),
      promptness: score('promptness', 'promptness-score'),
      extraMile: score('extraMile', 'extra-mile-score'),
    },
    passMark: inRange(at(ext, SCORE_RESULT_EXTENSIONS.passMark), 0, 100, 'the pass-mark extension'),
  };
}

function endingOf(value: unknown): ClaimedEnding | null {
  if (value === null) return null;
  if (!isObject(value)) return fail(`the ending extension is ${shown(value)}, not an object`);
  return {
    title: text(value.title, "the ending's title"),
    retained: bool(value.retained, "the ending's retained"),
    review: inRange(value.review, 1, 5, "the ending's review"),
  };
}

function turnPart(raw: unknown, timedOut: boolean): StatementPart {
  const context = at(raw, 'context', 'extensions');
  const result = at(raw, 'result', 'extensions');
  const events = eventsOf(at(context, LOG_EXTENSIONS.events), timedOut ? 'timeout' : 'reply');
  const last = events[events.length - 1];
  const response = at(raw, 'result', 'response');
  const choice = last?.type === 'reply' ? last.option : 'wait';
  if (!timedOut && response !== choice)
    fail(`its response (${shown(response)}) differs from the reply '${choice}' in its events`);
  if (bool(at(result, TURN_RESULT_EXTENSIONS.timedOut), 'the timed-out extension') !== timedOut)
    fail('its timed-out extension contradicts its verb');
  const mark = (iri: string, name: string): number | null =>
    orNull(at(result, iri), 0, 1, `the ${name} extension`);
  return {
    kind: 'turn',
    index: integer(at(context, LOG_EXTENSIONS.turnIndex), 'the turn-index extension'),
    events,
    choice,
    marks: {
      tone: mark(TURN_RESULT_EXTENSIONS.toneMark, 'tone-mark'),
      promptness: mark(TURN_RESULT_EXTENSIONS.promptnessMark, 'promptness-mark'),
      extraMile: mark(TURN_RESULT_EXTENSIONS.extraMileMark, 'extra-mile-mark'),
    },
  };
}

function resultPart(raw: unknown, passed: boolean): StatementPart {
  const overall = inRange(at(raw, 'result', 'score', 'raw'), 0, 100, 'its raw score');
  if (bool(at(raw, 'result', 'success'), 'its success') !== passed)
    fail('its success contradicts its verb');
  return { kind: 'result', passed, overall, scores: scoresOf(at(raw, 'result', 'extensions')) };
}

function partOf(raw: unknown, verb: VerbName): StatementPart {
  const context = at(raw, 'context', 'extensions');
  const result = at(raw, 'result', 'extensions');
  const turnCount = (): number =>
    integer(at(result, END_RESULT_EXTENSIONS.turnCount), 'the turn-count extension');
  switch (verb) {
    case 'launched': {
      const part: StatementPart = {
        kind: 'launched',
        startedAt: epochMs(at(context, LAUNCH_EXTENSIONS.startedAt)),
        trainee: text(at(context, LAUNCH_EXTENSIONS.trainee), 'the trainee extension'),
      };
      const start = startOf(at(context, LAUNCH_EXTENSIONS.startPoint));
      if (start !== undefined) part.start = start;
      return part;
    }
    case 'initialized':
      return { kind: 'initialized' };
    case 'answered':
    case 'timedOut':
      return turnPart(raw, verb === 'timedOut');
    case 'completed':
      return {
        kind: 'completed',
        turnCount: turnCount(),
        scored: bool(at(result, END_RESULT_EXTENSIONS.scored), 'the scored extension'),
        ending: endingOf(at(result, END_RESULT_EXTENSIONS.ending)),
        scores: scoresOf(result),
        events: eventsOf(at(context, LOG_EXTENSIONS.events), 'none'),
      };
    case 'passed':
    case 'failed':
      return resultPart(raw, verb === 'passed');
    case 'abandoned':
      return {
        kind: 'abandoned',
        turnCount: turnCount(),
        events: eventsOf(at(context, LOG_EXTENSIONS.events), 'none'),
      };
    case 'terminated':
      return { kind: 'terminated' };
  }
}

const VERB_NAMES = new Map<string, VerbName>(
  (Object.entries(VERBS) as [VerbName, string][]).map(([name, iri]) => [iri, name]),
);

function readItem(raw: unknown, position: number): ReadOutcome {
  if (!isObject(raw))
    return { kind: 'foreign', reason: `item #${position} is ${kindOf(raw)}, not a statement` };
  const rawId = at(raw, 'id');
  const label =
    typeof rawId === 'string' && rawId.length <= 100 ? `statement ${rawId}` : `item #${position}`;
  const attemptId = at(raw, 'context', 'extensions', CONTEXT_EXTENSIONS.attemptId);
  if (typeof attemptId !== 'string' || attemptId === '')
    return { kind: 'foreign', reason: `${label}: not an Extra Mile statement` };
  const rawRegistration = at(raw, 'context', 'registration');
  const registration =
    typeof rawRegistration === 'string' && isUuid(rawRegistration)
      ? rawRegistration.toLowerCase()
      : registrationOf(attemptId);
  try {
    if (typeof rawId !== 'string' || !isUuid(rawId)) fail('its id is not a UUID');
    if (typeof rawRegistration !== 'string' || !isUuid(rawRegistration))
      fail('its registration is missing or not a UUID');
    const rawVerb = at(raw, 'verb');
    if (!isObject(rawVerb)) return fail(`its verb is ${shown(rawVerb)}, not an object with an id`);
    const verbId = at(rawVerb, 'id');
    const verb = typeof verbId === 'string' ? VERB_NAMES.get(verbId) : undefined;
    if (verb === undefined) return fail(`its verb (${shown(verbId)}) is not one Extra Mile sends`);
    const header = headerOf(at(raw, 'context', 'extensions'), attemptId);
    const part = partOf(raw, verb);
    return {
      kind: 'ours',
      statement: { id: (rawId as string).toLowerCase(), registration, header, part },
    };
  } catch (error) {
    // Unreadable carries our message; anything else is a hostile object (a throwing getter).
    const why = error instanceof Unreadable ? error.message : 'it cannot be read';
    const broken: ReadOutcome = {
      kind: 'broken',
      registration,
      attemptId,
      error: `${label}: ${why}`,
    };
    if (typeof rawId === 'string' && isUuid(rawId)) broken.id = rawId.toLowerCase();
    return broken;
  }
}

/**
 * Reads one item of an LRS answer. An Extra Mile statement is one whose context carries
 * our attempt-id extension; anything else is foreign and only counted. Never throws.
 */
export function readStatement(raw: unknown, position: number): ReadOutcome {
  try {
    return readItem(raw, position);
  } catch {
    // Only a hostile object gets here (a getter or proxy that throws): JSON never does.
    return { kind: 'foreign', reason: `item #${position} cannot be read` };
  }
}
