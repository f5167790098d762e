import type { AttemptEvent, AttemptLog } from '../attempt/attempt-log.ts';
import type { TurnMarks } from '../scoring/marks.ts';
import type { AttemptStatus } from './attempt-statements.ts';
import {
  readStatement,
  type ClaimedEnding,
  type ClaimedScores,
  type ReadStatement,
  type StatementHeader,
  type StatementPart,
} from './read-statement.ts';
import { registrationOf, statementIdOf, type StatementKind } from './statement-ids.ts';

/** A turn as its statement claims it was answered and marked. */
export interface ClaimedTurn {
  /** The option id chosen, or 'wait' when the customer's patience ran out. */
  choice: string;
  /** The marks the statement gives it. */
  marks: TurnMarks;
}

/** The result a finished attempt's statements claim, for a verifier to hold against replay. */
export interface ClaimedResult extends ClaimedScores {
  /** Overall score, 0..100, or null when the attempt was not scored. */
  overall: number | null;
  /** Passed (true) or failed (false), or null when not scored. */
  pass: boolean | null;
  /** The ending reached, or null when the statements name none. */
  ending: ClaimedEnding | null;
}

/** One attempt rebuilt from its statements. */
export interface RebuiltAttempt {
  /** Discriminant: the statements gave a whole attempt. */
  ok: true;
  /** The xAPI registration. */
  registration: string;
  /** The attempt log, as the app recorded it. */
  log: AttemptLog;
  /** In progress (no end statement yet), finished or abandoned. */
  status: AttemptStatus;
  /** Each turn's claimed choice and marks, in order. */
  turns: ClaimedTurn[];
  /** The claimed result, when finished. */
  result?: ClaimedResult;
  /** Distinct statements it was rebuilt from. */
  statements: number;
  /** What is missing without harm (an initialized or terminated statement). */
  notes: string[];
}

/** A registration whose statements do not make an attempt, and why. */
export interface BrokenAttempt {
  /** Discriminant: the statements are incomplete or contradict each other. */
  ok: false;
  /** The xAPI registration. */
  registration: string;
  /** The attempt id, when a statement names it. */
  attemptId?: string;
  /** Each problem, as a sentence starting with the registration. */
  errors: string[];
}

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

function idKind(part: StatementPart): { kind: StatementKind; index: number; what: string } {
  if (part.kind === 'turn')
    return { kind: 'turn', index: part.index, what: `turn statement ${part.index + 1}` };
  const what = part.kind === 'result' ? 'passed or failed statement' : `${part.kind} statement`;
  return { kind: part.kind, index: 0, what };
}

const HEADER_FIELDS: Array<[keyof StatementHeader, string]> = [
  ['attemptId', 'attempt id'],
  ['scenarioId', 'scenario id'],
  ['scenarioFingerprint', 'scenario fingerprint'],
  ['engineVersion', 'engine version'],
  ['mode', 'mode'],
];

/** Distinct statements by id; a second version of an id is an error, not a choice. */
function distinct(statements: readonly ReadStatement[], errors: string[]): ReadStatement[] {
  const byId = new Map<string, { statement: ReadStatement; json: string }>();
  const conflicting = new Set<string>();
  for (const statement of statements) {
    const json = JSON.stringify([statement.registration, statement.header, statement.part]);
    const seen = byId.get(statement.id);
    if (seen === undefined) byId.set(statement.id, { statement, json });
    else if (seen.json !== json) conflicting.add(statement.id);
  }
  for (const id of [...conflicting].sort())
    errors.push(`statement ${id} appears more than once, with different content`);
  return [...byId.values()].map((v) => v.statement).sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Ids, registration and headers: every statement must be the one we would have sent. */
function checkIdentity(statements: readonly ReadStatement[], errors: string[]): void {
  const reference =
    statements.find((s) => s.part.kind === 'launched')?.header ?? statements[0]?.header;
  for (const s of statements) {
    const { kind, index, what } = idKind(s.part);
    const attemptId = s.header.attemptId;
    if (statementIdOf(attemptId, kind, index) !== s.id)
      errors.push(
        `statement ${s.id}: its id is not the one Extra Mile derives for the ${what} of attempt '${attemptId}'`,
      );
    if (registrationOf(attemptId) !== s.registration)
      errors.push(`statement ${s.id}: its registration does not belong to attempt '${attemptId}'`);
    if (reference === undefined) continue;
    for (const [field, name] of HEADER_FIELDS)
      if (s.header[field] !== reference[field])
        errors.push(
          `statement ${s.id}: its ${name} '${s.header[field]}' differs from the other statements' '${reference[field]}'`,
        );
  }
}

type PartOf<K extends StatementPart['kind']> = Extract<StatementPart, { kind: K }>;

function only<K extends StatementPart['kind']>(
  statements: readonly ReadStatement[],
  kind: K,
): PartOf<K> | undefined {
  const found = statements.find((s) => s.part.kind === kind);
  return found?.part as PartOf<K> | undefined;
}

/** Whether a statement of this kind is absent, not just unreadable (already an error). */
type Absent = (kind: StatementKind, index?: number) => boolean;

/** Most turns an attempt is believed to have: far beyond any scenario, far below a hang. */
const MAX_TURNS = 10_000;

/** The turns in order, naming every missing one. */
function turnsOf(
  statements: readonly ReadStatement[],
  counted: { turnCount: number; kind: string } | undefined,
  absent: Absent,
  errors: string[],
): Array<PartOf<'turn'>> {
  const byIndex = new Map<number, PartOf<'turn'>>();
  for (const s of statements) if (s.part.kind === 'turn') byIndex.set(s.part.index, s.part);
  const highest = Math.max(-1, ...byIndex.keys()) + 1;
  if (counted !== undefined && highest > counted.turnCount)
    errors.push(
      `the ${counted.kind} statement counts ${counted.turnCount} turns, but there is a turn statement ${highest}`,
    );
  const total = Math.max(highest, counted?.turnCount ?? 0);
  if (total > MAX_TURNS) {
    // A statement can claim any count; walking millions of turns would hang the review.
    errors.push(
      `the statements claim ${total} turns; no Extra Mile attempt has more than ${MAX_TURNS}`,
    );
    return [];
  }
  const out: Array<PartOf<'turn'>> = [];
  let missingFrom: number | undefined;
  const closeGap = (end: number) => {
    if (missingFrom === undefined) return;
    errors.push(
      missingFrom === end - 1
        ? `turn statement ${missingFrom + 1} of ${total} is missing`
        : `turn statements ${missingFrom + 1} to ${end} of ${total} are missing`,
    );
    missingFrom = undefined;
  };
  for (let i = 0; i < total; i++) {
    const turn = byIndex.get(i);
    if (turn !== undefined) {
      closeGap(i);
      out.push(turn);
    } else if (absent('turn', i)) missingFrom ??= i;
    else closeGap(i);
  }
  closeGap(total);
  return out;
}

const sameScores = (a: ClaimedScores, b: ClaimedScores): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** Where the attempt stands by its end statements, and its claimed result. */
function endOf(
  statements: readonly ReadStatement[],
  absent: Absent,
  errors: string[],
): { status: AttemptStatus; result?: ClaimedResult } {
  const completed = only(statements, 'completed');
  const abandoned = only(statements, 'abandoned');
  const result = only(statements, 'result');
  if (completed !== undefined && abandoned !== undefined)
    errors.push('it has both a completed and an abandoned statement');
  if (completed === undefined) {
    if (result !== undefined && absent('completed'))
      errors.push('the completed statement is missing (its passed or failed statement is there)');
    else if (
      abandoned === undefined &&
      only(statements, 'terminated') !== undefined &&
      absent('completed') &&
      absent('abandoned')
    )
      errors.push('the completed or abandoned statement is missing (it is terminated)');
    return { status: abandoned === undefined ? 'in-progress' : 'abandoned' };
  }
  if (completed.scored && result === undefined && absent('result'))
    errors.push('the passed or failed statement is missing');
  if (!completed.scored && result !== undefined)
    errors.push(
      'it has a passed or failed statement, but its completed statement says it was not scored',
    );
  if (result !== undefined && !sameScores(result.scores, completed.scores))
    errors.push("the passed or failed statement's scores differ from the completed statement's");
  const claimed: ClaimedResult = {
    overall: result?.overall ?? null,
    pass: result?.passed ?? null,
    passMark: completed.scores.passMark,
    dimensions: completed.scores.dimensions,
    ending: completed.ending,
  };
  return { status: 'finished', result: claimed };
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
