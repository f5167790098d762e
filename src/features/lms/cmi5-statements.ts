import type { Context, Statement } from '@xapi/xapi';
import { v4 as uuid } from 'uuid';
import type { Cmi5LaunchParams } from './cmi5-launch-params.ts';

/** The category activity of every cmi5-defined statement (section 9.6.2.1). */
export const CMI5_CATEGORY = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
/** The context extension carrying the LMS's masteryScore on Passed and Failed (section 9.6.3.2). */
export const MASTERY_SCORE_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
/** ADL's verbs cmi5 uses. */
export const CMI5_VERBS = {
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
} as const;

/** One of the cmi5 verbs an AU sends. */
export type Cmi5Verb = keyof typeof CMI5_VERBS;

/** An ISO 8601 duration (`PT1H2M3.45S`), to the hundredth of a second as xAPI recommends. */
export function isoDuration(ms: number): string {
  const centiseconds = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
  const hours = Math.floor(centiseconds / 360000);
  const minutes = Math.floor(centiseconds / 6000) % 60;
  const seconds = (centiseconds % 6000) / 100;
  return `PT${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}${seconds}S`;
}

/**
 * The context of a cmi5-defined statement: the LMS's contextTemplate kept whole (the AU
 * must not overwrite it), the registration, and the cmi5 category added.
 */
export function cmi5Context(template: Context | undefined, registration: string): Context {
  const context = JSON.parse(JSON.stringify(template ?? {})) as Context;
  const activities = context.contextActivities ?? {};
  const category = Array.isArray(activities.category)
    ? activities.category
    : activities.category === undefined
      ? []
      : [activities.category];
  return {
    ...context,
    registration,
    contextActivities: { ...activities, category: [...category, { id: CMI5_CATEGORY }] },
  };
}

/** Facts every statement of a session shares. */
export interface StatementContext {
  /** The launch. */
  params: Cmi5LaunchParams;
  /** LMS.LaunchData's contextTemplate. */
  contextTemplate: Context | undefined;
}

/** A cmi5-defined statement without a result's judgement: Initialized, or Terminated with its duration. */
export function cmi5Statement(
  session: StatementContext,
  verb: 'initialized' | 'terminated',
  at: Date,
  durationMs?: number,
): Statement {
  return {
    id: uuid(),
    actor: session.params.actor,
    verb: { id: CMI5_VERBS[verb], display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: session.params.activityId },
    ...(durationMs === undefined ? {} : { result: { duration: isoDuration(durationMs) } }),
    context: cmi5Context(session.contextTemplate, session.params.registration),
    timestamp: at.toISOString(),
  };
}
