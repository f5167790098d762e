import { v5 } from 'uuid';

/**
 * Namespace of every UUID Extra Mile derives: UUID v5 of the IRI
 * `https://extra-mile.app/xapi/` in the RFC 4122 URL namespace. Fixed forever: changing it
 * would give every attempt new ids, and a resend would duplicate it in the LRS.
 */
export const XAPI_NAMESPACE = '0fd44300-e34f-5887-9212-04d88f8c707e';

/**
 * The kinds of statement an attempt has; passed and failed share 'result' so that an
 * attempt can never hold both (a re-scored resend collides instead of contradicting).
 */
export type StatementKind =
  'launched' | 'initialized' | 'turn' | 'completed' | 'result' | 'abandoned' | 'terminated';

/** The attempt's xAPI registration: UUID v5 of the attempt id. */
export function registrationOf(attemptId: string): string {
  return v5(attemptId, XAPI_NAMESPACE);
}

/**
 * A statement's id: UUID v5 of the JSON text `["<attemptId>","<kind>",<index>]` (index 0
 * except for turns), so the same statement always gets the same id and a resend is
 * recognised by the LRS instead of stored twice.
 */
export function statementIdOf(attemptId: string, kind: StatementKind, index = 0): string {
  return v5(JSON.stringify([attemptId, kind, index]), XAPI_NAMESPACE);
}
