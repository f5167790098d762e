// The statements of each stage of an attempt: launch, each turn, and its end.
import type { Extensions, Statement } from '@xapi/xapi';
import type { AttemptEvent } from '../attempt/attempt-log.ts';
import type { TurnRecord } from '../attempt/turn-record.ts';
import { turnMarks } from '../scoring/marks.ts';
import type { Scorecard } from '../scoring/scorecard-types.ts';
import { isoDuration } from './iso-duration.ts';
import { contextOf, iso, statement, verb, type Shared } from './statement-context.ts';
import { turnActivity } from './turn-activity.ts';
import {
  END_RESULT_EXTENSIONS,
  LAUNCH_EXTENSIONS,
  LOG_EXTENSIONS,
  SCORE_RESULT_EXTENSIONS,
  TURN_RESULT_EXTENSIONS,
} from './xapi-vocabulary.ts';

/** The launched and initialized statements, which open every attempt. */
export function launchStatements(shared: Shared): Statement[] {
  const { log, scenario } = shared;
  const header: Extensions = {
    [LAUNCH_EXTENSIONS.startedAt]: log.startedAt,
    [LAUNCH_EXTENSIONS.trainee]: log.trainee,
  };
  if (log.start !== undefined)
    header[LAUNCH_EXTENSIONS.startPoint] = {
      state: log.start.state,
      mood: log.start.mood,
      flags: { ...log.start.flags },
    };
  return [
    statement(shared, 'launched', 0, {
      verb: verb('launched'),
      object: scenario,
      context: contextOf(shared, false, header),
      timestamp: iso(log.startedAt),
    }),
    statement(shared, 'initialized', 0, {
      verb: verb('initialized'),
      object: scenario,
      context: contextOf(shared, false),
      timestamp: iso(log.startedAt),
    }),
  ];
}

/** The answered or timed-out statement of one turn, carrying its log events. */
export function turnStatement(shared: Shared, turn: TurnRecord, events: AttemptEvent[]): Statement {
  const timedOut = turn.response.kind === 'timeout';
  const marks = turnMarks(turn);
  const replyMs = turn.answeredT - turn.startedT;
  const result: NonNullable<Statement['result']> = {
    duration: isoDuration(replyMs),
    extensions: {
      [TURN_RESULT_EXTENSIONS.toneMark]: marks.tone,
      [TURN_RESULT_EXTENSIONS.promptnessMark]: marks.promptness,
      [TURN_RESULT_EXTENSIONS.extraMileMark]: marks.extraMile,
      [TURN_RESULT_EXTENSIONS.replyMs]: replyMs,
      [TURN_RESULT_EXTENSIONS.budgetMs]: turn.budgetMs,
      [TURN_RESULT_EXTENSIONS.timedOut]: timedOut,
      [TURN_RESULT_EXTENSIONS.moodBefore]: turn.moodBefore,
      [TURN_RESULT_EXTENSIONS.moodAfter]: turn.moodAfter,
    },
  };
  if (turn.response.kind === 'reply') result.response = turn.response.event;
  const last = events[events.length - 1];
  return statement(shared, 'turn', turn.index, {
    verb: verb(timedOut ? 'timedOut' : 'answered'),
    object: turnActivity(shared.loaded, shared.scenario.id, turn.state),
    result,
    context: contextOf(shared, true, {
      [LOG_EXTENSIONS.turnIndex]: turn.index,
      [LOG_EXTENSIONS.events]: events,
    }),
    timestamp: iso(last?.at ?? shared.log.startedAt),
  });
}

function scoreExtensions(card: Scorecard): Extensions {
  return {
    [SCORE_RESULT_EXTENSIONS.tone]: card.dimensions.tone.score,
    [SCORE_RESULT_EXTENSIONS.promptness]: card.dimensions.promptness.score,
    [SCORE_RESULT_EXTENSIONS.extraMile]: card.dimensions.extraMile.score,
    [SCORE_RESULT_EXTENSIONS.passMark]: card.passMark,
  };
}

/** The end of the attempt: active time and wall time of its last event. */
export interface End {
  /** Active time of the attempt, as an ISO 8601 duration. */
  duration: string;
  /** Wall time of its last event, as an xAPI timestamp. */
  timestamp: string;
  /** Turns the attempt had. */
  turnCount: number;
  /** Log events after the last turn. */
  trailing: AttemptEvent[];
}

/** The completed statement, then passed or failed when the attempt was scored. */
export function finishStatements(shared: Shared, end: End, card: Scorecard): Statement[] {
  const scored = card.overall !== null && card.pass !== null;
  const ending =
    card.ending === null
      ? null
      : { title: card.ending.title, retained: card.ending.retained, review: card.ending.review };
  const out = [
    statement(shared, 'completed', 0, {
      verb: verb('completed'),
      object: shared.scenario,
      result: {
        completion: true,
        duration: end.duration,
        extensions: {
          [END_RESULT_EXTENSIONS.turnCount]: end.turnCount,
          [END_RESULT_EXTENSIONS.scored]: scored,
          [END_RESULT_EXTENSIONS.ending]: ending,
          ...scoreExtensions(card),
        },
      },
      context: contextOf(shared, false, { [LOG_EXTENSIONS.events]: end.trailing }),
      timestamp: end.timestamp,
    }),
  ];
  if (card.overall !== null && card.pass !== null)
    out.push(
      statement(shared, 'result', 0, {
        verb: verb(card.pass ? 'passed' : 'failed'),
        object: shared.scenario,
        result: {
          score: { scaled: card.overall / 100, raw: card.overall, min: 0, max: 100 },
          success: card.pass,
          completion: true,
          duration: end.duration,
          extensions: scoreExtensions(card),
        },
        context: contextOf(shared, false),
        timestamp: end.timestamp,
      }),
    );
  return out;
}

/** The abandoned statement of an attempt given up before an ending. */
export function abandonStatement(shared: Shared, end: End): Statement {
  return statement(shared, 'abandoned', 0, {
    verb: verb('abandoned'),
    object: shared.scenario,
    result: {
      completion: false,
      duration: end.duration,
      extensions: { [END_RESULT_EXTENSIONS.turnCount]: end.turnCount },
    },
    context: contextOf(shared, false, { [LOG_EXTENSIONS.events]: end.trailing }),
    timestamp: end.timestamp,
  });
}

/** The terminated statement, last of an attempt that is over. */
export function terminateStatement(shared: Shared, end: End): Statement {
  return statement(shared, 'terminated', 0, {
    verb: verb('terminated'),
    object: shared.scenario,
    result: { duration: end.duration },
    context: contextOf(shared, false),
    timestamp: end.timestamp,
  });
}
