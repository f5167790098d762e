import { v5, validate, version } from 'uuid';
import { describe, expect, it } from 'vitest';
import {
  registrationOf,
  statementIdOf,
  XAPI_NAMESPACE,
  type StatementKind,
} from './statement-ids.ts';

const KINDS: StatementKind[] = [
  'launched',
  'initialized',
  'turn',
  'completed',
  'result',
  'abandoned',
  'terminated',
];

describe('statement ids', () => {
  it('uses the documented namespace: UUID v5 of https://extra-mile.app/xapi/ in the URL namespace', () => {
    expect(XAPI_NAMESPACE).toBe(v5('https://extra-mile.app/xapi/', v5.URL));
  });

  it('derives the registration from the attempt id alone', () => {
    expect(registrationOf('attempt-1')).toBe(v5('attempt-1', XAPI_NAMESPACE));
    expect(registrationOf('attempt-1')).toBe(registrationOf('attempt-1'));
    expect(registrationOf('attempt-1')).not.toBe(registrationOf('attempt-2'));
    expect(version(registrationOf('attempt-1'))).toBe(5);
  });

  it('derives a statement id from the JSON of attempt, kind and index', () => {
    expect(statementIdOf('attempt-1', 'turn', 2)).toBe(
      v5('["attempt-1","turn",2]', XAPI_NAMESPACE),
    );
    expect(statementIdOf('attempt-1', 'launched')).toBe(statementIdOf('attempt-1', 'launched', 0));
  });

  it('never gives two statements one id, even for attempt ids made to collide', () => {
    const attempts = ['a', 'b', 'a/turn', 'a","turn', '', 'ä', 'a b', '["a","turn",1]'];
    const ids = attempts.flatMap((attempt) =>
      KINDS.flatMap((kind) => [0, 1, 2, 10].map((index) => statementIdOf(attempt, kind, index))),
    );
    expect(ids.every((id) => validate(id) && version(id) === 5)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
