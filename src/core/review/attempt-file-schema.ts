import { z } from 'zod';
import type { AttemptEvent, AttemptLog } from '../attempt/attempt-log.ts';
import { DIMENSIONS, PRINCIPLES, type EndingMeta } from '../scenario/scenario-types.ts';
import type { TurnMarks } from '../scoring/marks.ts';
import type {
  BetterReply,
  DimensionScore,
  Scorecard,
  TurnContribution,
  TurnScore,
} from '../scoring/scorecard-types.ts';
import type { AttemptFile } from './attempt-file-types.ts';
import type { ReviewAttempt, VerificationRecord } from './review-types.ts';

/*
 * The runtime shape of what an attempt file may hold. Imported files are untrusted: the
 * log is checked strictly (it is the truth and goes to replay and to storage), the
 * scorecard loosely but with every field the review reads typed (it is only a claim,
 * compared with the replay, and shown when the scenario version is missing). Numbers
 * in a scorecard are not range-checked on purpose: an overall of 150 is an alteration
 * to name, not a reason to refuse the file. Sizes are capped so that one file cannot
 * fill the manager's storage with a single attempt.
 */

/** Most events one attempt log may hold; real conversations log a few dozen. */
export const MAX_EVENTS = 10_000;
/** Longest id (attempt, scenario, option, state) or version string. */
export const MAX_ID_LENGTH = 200;
/** Longest trainee name. */
export const MAX_NAME_LENGTH = 1_000;
/** Longest text in a scorecard (reply, feedback, explanation). */
export const MAX_TEXT_LENGTH = 20_000;
/** Most problems an earlier verification may list. */
export const MAX_PROBLEMS = 1_000;

const FINGERPRINT = /^[0-9a-f]{64}$/;

const id = z.string().min(1).max(MAX_ID_LENGTH);
const textField = z.string().max(MAX_TEXT_LENGTH);
/** The latest instant a JavaScript date can hold (epoch ms): anything later cannot be shown. */
export const MAX_EPOCH_MS = 8_640_000_000_000_000;
/** Longest active time an attempt may have run (30 days, pauses excluded). */
export const MAX_ACTIVE_MS = 30 * 24 * 3_600_000;

/** A wall-clock time (epoch ms) that a date can show: a later one would break every screen. */
const epoch = z
  .number()
  .min(0)
  .max(MAX_EPOCH_MS, { error: 'must be a date a calendar can show (epoch milliseconds)' });
/** Active time since the attempt started, in ms. */
const active = z
  .number()
  .min(0)
  .max(MAX_ACTIVE_MS, { error: 'must be at most 30 days of active time (milliseconds)' });

const replyEvent = z.strictObject({
  type: z.literal('reply'),
  t: active,
  at: epoch,
  option: id,
});
const timeoutEvent = z.strictObject({
  type: z.literal('timeout'),
  t: active,
  at: epoch,
  state: id,
  delay: z.number().positive().max(MAX_ACTIVE_MS),
});
const pauseEvent = z.strictObject({ type: z.literal('pause'), t: active, at: epoch });
const resumeEvent = z.strictObject({ type: z.literal('resume'), t: active, at: epoch });

/** One logged event, strictly: no unknown field, every time a finite number. */
export const attemptEventSchema: z.ZodType<AttemptEvent> = z.discriminatedUnion('type', [
  replyEvent,
  timeoutEvent,
  pauseEvent,
  resumeEvent,
]);

/** An attempt log (`cx-attempt/1`), strictly. Whether it replays is for replay to say. */
export const attemptLogSchema: z.ZodType<AttemptLog> = z.strictObject({
  format: z.literal('cx-attempt/1'),
  attemptId: id,
  scenarioId: id,
  scenarioFingerprint: z
    .string()
    .regex(FINGERPRINT, { error: 'must be a scenario fingerprint (64 hexadecimal digits)' }),
  engineVersion: id,
  trainee: z.string().max(MAX_NAME_LENGTH),
  mode: z.enum(['practice', 'assessment']),
  startedAt: epoch,
  events: z.array(attemptEventSchema).max(MAX_EVENTS),
  // A playtest from the studio began mid-scenario: replay starts where it did.
  start: z
    .strictObject({
      state: id,
      mood: z.number().min(0).max(100),
      flags: z.record(z.string().max(MAX_ID_LENGTH), z.boolean()),
    })
    .optional(),
});

const score = z.number().nullable();

const turnMarksSchema: z.ZodType<TurnMarks> = z.object({
  tone: score,
  promptness: score,
  extraMile: score,
});

const contributionSchema: z.ZodType<TurnContribution> = z.object({
  turn: z.number(),
  state: id,
  mark: z.number(),
  points: z.number(),
  text: textField,
});

const dimensionScoreSchema: z.ZodType<DimensionScore> = z.object({
  dimension: z.enum(DIMENSIONS),
  label: textField,
  score,
  pass: z.boolean().nullable(),
  weight: z.number(),
  contributions: z.array(contributionSchema).max(MAX_EVENTS),
  summary: textField,
});

const betterReplySchema: z.ZodType<BetterReply> = z.object({
  event: id,
  reply: textField,
  value: z.number(),
  chosenValue: score,
  feedback: textField.optional(),
  principle: z.enum(PRINCIPLES).optional(),
});

const turnScoreSchema: z.ZodType<TurnScore> = z.object({
  index: z.number(),
  state: id,
  choice: id,
  reply: textField,
  replyMs: score,
  budgetMs: z.number(),
  marks: turnMarksSchema,
  value: score,
  betterReply: betterReplySchema.nullable(),
});

const endingSchema: z.ZodType<EndingMeta> = z.object({
  title: textField,
  text: textField.optional(),
  retained: z.boolean(),
  review: z.number(),
});

/** A scorecard as a file claims it: every field typed, unknown fields dropped, no ranges. */
export const scorecardSchema: z.ZodType<Scorecard> = z.object({
  overall: score,
  pass: z.boolean().nullable(),
  passMark: z.number(),
  weights: z.object({ tone: z.number(), promptness: z.number(), extraMile: z.number() }),
  dimensions: z.object({
    tone: dimensionScoreSchema,
    promptness: dimensionScoreSchema,
    extraMile: dimensionScoreSchema,
  }),
  turns: z.array(turnScoreSchema).max(MAX_EVENTS),
  ending: endingSchema.nullable(),
  engineVersion: id,
});

/** A trainee's download: `{ attempt, scorecard }`. */
export const attemptFileSchema: z.ZodType<AttemptFile> = z.object({
  attempt: attemptLogSchema,
  scorecard: scorecardSchema,
});

/** What an earlier import found out, as a bundle carries it. */
export const verificationRecordSchema: z.ZodType<VerificationRecord> = z.object({
  status: z.enum(['verified', 'altered', 'cannot-verify']),
  problems: z.array(textField).max(MAX_PROBLEMS),
  importedAt: epoch,
  source: z.string().max(MAX_NAME_LENGTH),
  claimed: scorecardSchema.optional(),
});

/** One attempt of a bundle: a ReviewAttempt. */
export const reviewAttemptSchema: z.ZodType<ReviewAttempt> = z.object({
  log: attemptLogSchema,
  status: z.enum(['in-progress', 'finished', 'abandoned']),
  updatedAt: epoch,
  scorecard: scorecardSchema.optional(),
  verification: verificationRecordSchema.optional(),
});
