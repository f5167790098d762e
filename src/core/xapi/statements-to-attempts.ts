import type { AttemptEvent, AttemptLog } from '../attempt/attempt-log.ts';
import { endOf, only, turnsOf, type Absent } from './claimed-turns-and-end.ts';
import { readStatement } from './read-statement.ts';
import type { ReadStatement } from './read-statement-types.ts';
import type { BrokenAttempt, RebuiltAttempt } from './rebuilt-attempt-types.ts';
import { statementIdOf } from './statement-ids.ts';
import { checkIdentity, distinct } from './statement-identity.ts';

/** The shapes of rebuilt and broken attempts, which live in rebuilt-attempt-types.ts. */
export type {
  BrokenAttempt,
  ClaimedResult,
  ClaimedTurn,
  RebuiltAttempt,
} from './rebuilt-attempt-types.ts';

/** What a list of statements from an LRS holds. */
export interface StatementsReading {
  /** One entry per registration, sorted by registration. */
  attempts: Array<RebuiltAttempt | BrokenAttempt>;
  /** Items that are not Extra Mile statements. */
  ignored: number;
  /** Why, for the first {@link MAX_REASONS} of them. */
  ignoredReasons: string[];
}

/** Most reasons listed for ignored items; an LRS shared with other apps may hold thousands. */
export const MAX_REASONS = 30;

/** The statements and reading errors of one registration. */
interface Group {
  statements: ReadStatement[];
  errors: string[];
  /** Ids of the statements that could not be read: they are there, only broken. */
  broken: Set<string>;
  /** The attempt id a broken statement names, for a group with no readable one. */
  attemptId?: string;
}

function assemble(registration: string, group: Group): RebuiltAttempt | BrokenAttempt {
  const errors = [...new Set(group.errors)].sort();
  const statements = distinct(group.statements, errors);
  checkIdentity(statements, errors);
  const attemptId = statements[0]?.header.attemptId ?? group.attemptId;
  const absent: Absent = (kind, index = 0) =>
    attemptId === undefined || !group.broken.has(statementIdOf(attemptId, kind, index));
  const launched = only(statements, 'launched');
  if (launched === undefined && absent('launched'))
    errors.push('the launched statement is missing');
  const completed = only(statements, 'completed');
  const abandoned = only(statements, 'abandoned');
  const counted =
    completed !== undefined
      ? { turnCount: completed.turnCount, kind: 'completed' }
      : abandoned !== undefined
        ? { turnCount: abandoned.turnCount, kind: 'abandoned' }
        : undefined;
  const turns = turnsOf(statements, counted, absent, errors);
  const end = endOf(statements, absent, errors);
  const header =
    statements.find((s) => s.part.kind === 'launched')?.header ?? statements[0]?.header;
  if (errors.length > 0 || launched === undefined || header === undefined) {
    const broken: BrokenAttempt = {
      ok: false,
      registration,
      errors: errors.map((e) => `registration ${registration}: ${e}`),
    };
    if (attemptId !== undefined) broken.attemptId = attemptId;
    return broken;
  }
  const trailing: AttemptEvent[] = completed?.events ?? abandoned?.events ?? [];
  const log: AttemptLog = {
    format: 'cx-attempt/1',
    attemptId: header.attemptId,
    scenarioId: header.scenarioId,
    scenarioFingerprint: header.scenarioFingerprint,
    engineVersion: header.engineVersion,
    trainee: launched.trainee,
    mode: header.mode,
    startedAt: launched.startedAt,
    events: [...turns.flatMap((t) => t.events), ...trailing],
  };
  if (launched.start !== undefined) log.start = launched.start;
  const notes: string[] = [];
  if (only(statements, 'initialized') === undefined) notes.push('no initialized statement');
  if (end.status !== 'in-progress' && only(statements, 'terminated') === undefined)
    notes.push('no terminated statement');
  const rebuilt: RebuiltAttempt = {
    ok: true,
    registration,
    log,
    status: end.status,
    turns: turns.map((t) => ({ choice: t.choice, marks: t.marks })),
    statements: statements.length,
    notes,
  };
  if (end.result !== undefined) rebuilt.result = end.result;
  return rebuilt;
}

/**
 * Rebuilds attempts from statements fetched from an LRS: for each registration, the
 * attempt log exactly as the app recorded it (so it can be verified by replay), its
 * status and the claimed turn marks and result; or every reason it cannot be rebuilt
 * ("turn statement 3 of 5 is missing"). Takes the statements in any order, with
 * duplicates (the same id twice), and mixed with statements of other apps, which are
 * counted and ignored. Never throws, whatever the input holds.
 */
export function attemptsFromStatements(statements: unknown): StatementsReading {
  const groups = new Map<string, Group>();
  const reasons: string[] = [];
  let ignored = 0;
  const items: unknown[] = Array.isArray(statements) ? statements : [];
  if (!Array.isArray(statements)) {
    ignored = 1;
    reasons.push('the input is not a list of statements');
  }
  items.forEach((raw, position) => {
    const read = readStatement(raw, position);
    if (read.kind === 'foreign') {
      ignored++;
      if (reasons.length < MAX_REASONS) reasons.push(read.reason);
      return;
    }
    const key = read.kind === 'ours' ? read.statement.registration : read.registration;
    let group = groups.get(key);
    if (group === undefined) {
      group = { statements: [], errors: [], broken: new Set() };
      groups.set(key, group);
    }
    if (read.kind === 'ours') {
      group.statements.push(read.statement);
      return;
    }
    group.errors.push(read.error);
    group.attemptId ??= read.attemptId;
    if (read.id !== undefined) group.broken.add(read.id);
  });
  const attempts = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([registration, group]) => assemble(registration, group));
  return { attempts, ignored, ignoredReasons: reasons };
}
