import { ENGINE_VERSION } from '../attempt/attempt-log.ts';
import type { TurnRecord } from '../attempt/turn-record.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { Dimension, EndingMeta } from '../scenario/scenario-types.ts';
import { betterReply } from './better-reply.ts';
import { dimensionScore, overallScore, turnValue } from './dimension-score.ts';
import { explainMark, replyText } from './explain-turn.ts';
import { replyMs, turnMarks, type TurnMarks } from './marks.ts';
import type { DimensionScore, Scorecard, TurnContribution, TurnScore } from './scorecard-types.ts';
import { plural } from './wording.ts';

/** Display names of the dimensions. */
export const DIMENSION_LABELS: Record<Dimension, string> = {
  tone: 'Tone',
  promptness: 'Promptness',
  extraMile: 'Extra mile',
};

const NOT_ASSESSED: Record<Dimension, string> = {
  tone: 'Not assessed: no turn on this path was marked for tone.',
  promptness: 'Not assessed: no turn was answered.',
  extraMile: 'No chance to go the extra mile on this path.',
};

function summary(
  dimension: Dimension,
  score: number | null,
  passMark: number,
  counted: number,
): string {
  if (score === null) return NOT_ASSESSED[dimension];
  const verdict = score >= passMark ? 'at or above' : 'below';
  return `${DIMENSION_LABELS[dimension]} ${score}: the mean of ${plural(counted, 'counted turn')} \u00d7 100, ${verdict} the pass mark of ${passMark}.`;
}

function scoreDimension(
  dimension: Dimension,
  turns: readonly TurnRecord[],
  marks: readonly TurnMarks[],
  weight: number,
  passMark: number,
): DimensionScore {
  const counted: { turn: TurnRecord; mark: number }[] = [];
  turns.forEach((turn, i) => {
    const mark = marks[i]?.[dimension] ?? null;
    if (mark !== null) counted.push({ turn, mark });
  });
  const score = dimensionScore(counted.map((c) => c.mark));
  const contributions: TurnContribution[] = counted.map(({ turn, mark }) => ({
    turn: turn.index,
    state: turn.state,
    mark,
    points: (100 * mark) / counted.length,
    text: explainMark(turn, dimension, mark),
  }));
  return {
    dimension,
    label: DIMENSION_LABELS[dimension],
    score,
    pass: score === null ? null : score >= passMark,
    weight,
    contributions,
    summary: summary(dimension, score, passMark, counted.length),
  };
}

/**
 * Scores an attempt from its turn records: a pure function of the scenario, the turns and
 * the ending, so replaying a log always gives the same scorecard.
 */
export function scoreAttempt(
  loaded: LoadedScenario,
  turns: readonly TurnRecord[],
  ending?: EndingMeta | null,
): Scorecard {
  const { weights, pass: passMark } = loaded.scenario.scoring;
  const marks = turns.map(turnMarks);
  const score = (d: Dimension): DimensionScore =>
    scoreDimension(d, turns, marks, weights[d], passMark);
  const dimensions: Record<Dimension, DimensionScore> = {
    tone: score('tone'),
    promptness: score('promptness'),
    extraMile: score('extraMile'),
  };
  const overall = overallScore(
    {
      tone: dimensions.tone.score,
      promptness: dimensions.promptness.score,
      extraMile: dimensions.extraMile.score,
    },
    weights,
  );
  const turnScores: TurnScore[] = turns.map((turn, i) => {
    const turnMark = marks[i] ?? turnMarks(turn);
    const { response } = turn;
    return {
      index: turn.index,
      state: turn.state,
      choice: response.kind === 'reply' ? response.event : 'wait',
      reply: replyText(turn),
      replyMs: response.kind === 'reply' ? replyMs(turn) : null,
      budgetMs: turn.budgetMs,
      marks: turnMark,
      value: turnValue(turnMark, weights),
      betterReply: betterReply(turn, weights),
    };
  });
  return {
    overall,
    pass: overall === null ? null : overall >= passMark,
    passMark,
    weights,
    dimensions,
    turns: turnScores,
    ending: ending ?? null,
    engineVersion: ENGINE_VERSION,
  };
}
