// The common frame of every statement of an attempt: its actor, ids, context and activity.
import type { Activity, Agent, Context, ContextActivity, Extensions, Statement } from '@xapi/xapi';
import type { AttemptLog } from '../attempt/attempt-log.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { statementIdOf, type StatementKind } from './statement-ids.ts';
import {
  ACTIVITY_TYPES,
  CONTEXT_EXTENSIONS,
  LANGUAGE,
  PLATFORM,
  VERB_DISPLAY,
  VERBS,
  type VerbName,
} from './xapi-vocabulary.ts';

/** An epoch time (ms) as an xAPI timestamp. */
export const iso = (ms: number): string => new Date(ms).toISOString();

/** The xAPI verb of a name, with its display. */
export const verb = (name: VerbName): Statement['verb'] => ({
  id: VERBS[name],
  display: { [LANGUAGE]: VERB_DISPLAY[name] },
});

/** Everything every statement of the attempt shares. */
export interface Shared {
  /** Who played. */
  actor: Agent;
  /** The attempt's log. */
  log: AttemptLog;
  /** The scenario version it was played on. */
  loaded: LoadedScenario;
  /** The xAPI registration of the attempt. */
  registration: string;
  /** The app itself, grouping every statement. */
  library: ContextActivity;
  /** The scenario's activity, the object of the attempt-level statements. */
  scenario: Activity;
}

/** The scenario's activity, with its id under the activity base. */
export function scenarioActivity(loaded: LoadedScenario, base: string): Activity {
  const { scenario } = loaded;
  const definition: NonNullable<Activity['definition']> = {
    type: ACTIVITY_TYPES.scenario,
    name: { [LANGUAGE]: scenario.title },
  };
  if (scenario.summary !== undefined && scenario.summary.trim() !== '')
    definition.description = { [LANGUAGE]: scenario.summary };
  return {
    objectType: 'Activity',
    id: `${base}/scenarios/${encodeURIComponent(scenario.id)}`,
    definition,
  };
}

/** A statement's context: the attempt's header extensions plus `extra`; turns name their scenario. */
export function contextOf(shared: Shared, isTurn: boolean, extra: Extensions = {}): Context {
  const { log, scenario, library } = shared;
  const parent: ContextActivity = {
    objectType: 'Activity',
    id: scenario.id,
    definition: { type: ACTIVITY_TYPES.scenario, name: scenario.definition?.name },
  };
  return {
    registration: shared.registration,
    revision: log.scenarioFingerprint,
    platform: PLATFORM,
    contextActivities: isTurn ? { parent: [parent], grouping: [library] } : { grouping: [library] },
    extensions: {
      [CONTEXT_EXTENSIONS.attemptId]: log.attemptId,
      [CONTEXT_EXTENSIONS.scenarioId]: log.scenarioId,
      [CONTEXT_EXTENSIONS.scenarioFingerprint]: log.scenarioFingerprint,
      [CONTEXT_EXTENSIONS.engineVersion]: log.engineVersion,
      [CONTEXT_EXTENSIONS.mode]: log.mode,
      ...extra,
    },
  };
}

/** A statement with its derived id and the attempt's actor. */
export function statement(
  shared: Shared,
  kind: StatementKind,
  index: number,
  parts: Omit<Statement, 'id' | 'actor'>,
): Statement {
  return { id: statementIdOf(shared.log.attemptId, kind, index), actor: shared.actor, ...parts };
}
