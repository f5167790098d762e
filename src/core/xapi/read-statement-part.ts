// Reading a statement's header and, by verb, the part it contributes to its attempt.
import type { AttemptEvent, StartPoint } from '../attempt/attempt-log.ts';
import { parseEvent } from '../attempt/parse-event.ts';
import { parseStartPoint } from '../play/start-at.ts';
import type { Dimension } from '../scenario/scenario-types.ts';
import { at, isObject, shown } from './json-read.ts';
import type {
  ClaimedEnding,
  ClaimedScores,
  StatementHeader,
  StatementPart,
} from './read-statement-types.ts';
import {
  bool,
  epochMs,
  fail,
  inRange,
  integer,
  mode,
  orNull,
  text,
} from './statement-field-readers.ts';
import {
  CONTEXT_EXTENSIONS,
  END_RESULT_EXTENSIONS,
  LAUNCH_EXTENSIONS,
  LOG_EXTENSIONS,
  SCORE_RESULT_EXTENSIONS,
  TURN_RESULT_EXTENSIONS,
  type VerbName,
} from './xapi-vocabulary.ts';

/** The attempt and scenario version a statement's context extensions name; throws Unreadable. */
export function headerOf(ext: unknown, attemptId: string): StatementHeader {
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

/** What a statement of this verb says about its attempt; throws Unreadable. */
export function partOf(raw: unknown, verb: VerbName): StatementPart {
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
