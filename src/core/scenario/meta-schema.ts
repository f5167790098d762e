import { z } from 'zod';
import { PRINCIPLES, type EndingMeta, type ReplyMeta, type StateMeta } from './scenario-types.ts';
import { numberIn, positive, strictObject, text } from './schema-helpers.ts';

/** What an option (or a timeout) carries: the reply text and its marks. */
export const replyMetaSchema: z.ZodType<ReplyMeta> = strictObject({
  reply: text('What the trainee says or does: the text on the option.').optional(),
  tone: numberIn(-2, 2, 'How it sounds, -2..2.').optional(),
  promptness: numberIn(-2, 2, 'Choices about time, -2..2.').optional(),
  extraMile: numberIn(0, 2, 'Going beyond what was asked, 0..2.').optional(),
  mood: numberIn(
    -100,
    100,
    "Signed change of the customer's mood, applied before eventless transitions.",
  ).optional(),
  feedback: text('What a coach would say about this reply.').optional(),
  principle: z.enum(PRINCIPLES).describe('The principle behind the reply.').optional(),
}).describe('Reply text and marks.');

/** How a conversation can end. */
const endingSchema: z.ZodType<EndingMeta> = strictObject({
  title: text('Short headline for the ending.'),
  text: text('What happens next, told to the trainee.').optional(),
  retained: z.boolean().describe('Does the customer stay with the business?'),
  review: numberIn(1, 5, 'Stars the customer would leave, 1..5.', true),
}).describe('How a conversation can end.');

/** A customer turn's words, or an ending on final states. */
export const stateMetaSchema: z.ZodType<StateMeta> = strictObject({
  customer: text('What the customer says or writes (paragraphs kept).').optional(),
  narration: text('Narration shown before the customer\'s words ("Two days later...").').optional(),
  replyWithin: positive('Seconds the trainee has before a reply counts as slow.').optional(),
  subject: text('Email subject line.').optional(),
  ending: endingSchema.optional(),
}).describe('A customer turn, or an ending on final states.');
