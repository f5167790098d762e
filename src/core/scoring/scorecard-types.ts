import type {
  Dimension,
  EndingMeta,
  Principle,
  ScoringWeights,
} from '../scenario/scenario-types.ts';
import type { TurnMarks } from './marks.ts';

/** One turn's part in a dimension score, in words and numbers. */
export interface TurnContribution {
  /** 0-based turn index (sentences say `Turn index+1`). */
  turn: number;
  /** Id of the state of that turn. */
  state: string;
  /** The turn's mark, 0..1. */
  mark: number;
  /** Points of the (unrounded) dimension score this turn brings: 100 × mark / number of counted turns. */
  points: number;
  /** A plain sentence saying where the mark comes from. */
  text: string;
}

/** The score of one dimension and how it was reached. */
export interface DimensionScore {
  /** Which dimension. */
  dimension: Dimension;
  /** Its name for people ("Extra mile"). */
  label: string;
  /** 0..100, or null when no turn counted for it on this path. */
  score: number | null;
  /** Score ≥ pass mark; null when not assessed. */
  pass: boolean | null;
  /** Its weight in the overall score. */
  weight: number;
  /** The counted turns, in order. */
  contributions: TurnContribution[];
  /** One or two sentences summing it up. */
  summary: string;
}

/** An offered option that would have served the customer better than the one chosen. */
export interface BetterReply {
  /** Option id. */
  event: string;
  /** The text on the option. */
  reply: string;
  /** Its turn value (0..1) if chosen on time. */
  value: number;
  /** The chosen reply's turn value on time, or null for a timeout. */
  chosenValue: number | null;
  /** The coach's feedback on that option, if the author wrote one. */
  feedback?: string;
  /** The principle behind it, if tagged. */
  principle?: Principle;
}

/** One turn as scored. */
export interface TurnScore {
  /** 0-based turn index. */
  index: number;
  /** Id of the state of the turn. */
  state: string;
  /** The option id chosen, or 'wait' when a timeout fired. */
  choice: string;
  /** The text of the chosen reply ('' for a timeout). */
  reply: string;
  /** Active ms taken to answer; null for a timeout. */
  replyMs: number | null;
  /** The turn's reply budget in ms. */
  budgetMs: number;
  /** The marks earned. */
  marks: TurnMarks;
  /** The weighted value of the marks earned, 0..1 (null if no dimension counted). */
  value: number | null;
  /** The best offered option when it beats the choice (always suggested after a timeout). */
  betterReply: BetterReply | null;
}

/** The result of an attempt: every number with the turns it came from. */
export interface Scorecard {
  /** Weighted mean of the assessed dimension scores, 0..100; null before any turn counted. */
  overall: number | null;
  /** overall ≥ passMark; null when overall is null. */
  pass: boolean | null;
  /** The scenario's pass mark. */
  passMark: number;
  /** The scenario's weights. */
  weights: ScoringWeights;
  /** Each dimension's score and explanation. */
  dimensions: Record<Dimension, DimensionScore>;
  /** Each turn's marks and better reply. */
  turns: TurnScore[];
  /** How the conversation ended, or null while it has not. */
  ending: EndingMeta | null;
  /** Engine version that computed it: a stored scorecard is a cache stamped with it. */
  engineVersion: string;
}
