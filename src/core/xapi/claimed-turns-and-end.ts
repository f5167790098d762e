// The turns and the end (status and result) that one registration's statements claim.
import type { AttemptStatus } from './attempt-statements.ts';
import type { ClaimedResult } from './rebuilt-attempt-types.ts';
import type { ClaimedScores, ReadStatement, StatementPart } from './read-statement-types.ts';
import type { StatementKind } from './statement-ids.ts';

/** The part of a statement of kind `K`. */
export type PartOf<K extends StatementPart['kind']> = Extract<StatementPart, { kind: K }>;

/** The part of the first statement of a kind, if any. */
export function only<K extends StatementPart['kind']>(
  statements: readonly ReadStatement[],
  kind: K,
): PartOf<K> | undefined {
  const found = statements.find((s) => s.part.kind === kind);
  return found?.part as PartOf<K> | undefined;
}

/** Whether a statement of this kind is absent, not just unreadable (already an error). */
export type Absent = (kind: StatementKind, index?: number) => boolean;

/** Most turns an attempt is believed to have: far beyond any scenario, far below a hang. */
const MAX_TURNS = 10_000;

/** The turns in order, naming every missing one. */
export function turnsOf(
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
export function endOf(
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
