// Checks that one registration's statements are distinct and are the ones Extra Mile would send.
import type { ReadStatement, StatementHeader, StatementPart } from './read-statement-types.ts';
import { registrationOf, statementIdOf, type StatementKind } from './statement-ids.ts';

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
export function distinct(statements: readonly ReadStatement[], errors: string[]): ReadStatement[] {
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
export function checkIdentity(statements: readonly ReadStatement[], errors: string[]): void {
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
