import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attemptsFromStatements, type RebuiltAttempt } from './statements-to-attempts.ts';
import { checkShipped, playPath } from './testing/shipped-paths.ts';
import { statementsOf, throughJson } from './testing/statement-checks.ts';
import { verifyRebuiltAttempt } from './verify-rebuilt.ts';

const FILE = 'scenarios/charged-after-two-weeks.yaml';
const [shipped] = checkShipped([{ file: FILE, text: readFileSync(FILE, 'utf8') }]);
if (shipped === undefined) throw new Error('no scenario');
const { loaded, analysis } = shipped;
const CONTEXT = { now: 1_000, source: 'the LRS at https://lrs.example.com/xapi/' };
const find = (fingerprint: string) => (fingerprint === loaded.fingerprint ? loaded : undefined);

/** The model answer's statements as an LRS returns them, edited by `change`, read back. */
function fromLrs(change: (statements: Record<string, unknown>[]) => void = () => undefined) {
  const log = playPath(loaded, analysis.modelAnswer ?? [], { attemptId: 'lrs-verify-1' });
  const statements = throughJson(statementsOf(loaded, log, 'finished')) as unknown as Record<
    string,
    unknown
  >[];
  change(statements);
  const [rebuilt] = attemptsFromStatements(statements).attempts;
  if (rebuilt?.ok !== true) throw new Error('not rebuilt');
  return rebuilt;
}

/** Sets a result extension whose IRI ends with `name` on every statement of `verb`. */
function setResult(
  statements: Record<string, unknown>[],
  verb: string,
  name: string,
  value: unknown,
) {
  for (const s of statements) {
    if (!String((s.verb as { id: string }).id).endsWith(verb)) continue;
    const result = s.result as Record<string, unknown>;
    if (name === 'scaled') {
      (result.score as Record<string, unknown>).scaled = value;
      (result.score as Record<string, unknown>).raw = Math.round(Number(value) * 100);
      continue;
    }
    const extensions = result.extensions as Record<string, unknown>;
    const key = Object.keys(extensions).find((k) => k.endsWith(`/${name}`));
    if (key !== undefined) extensions[key] = value;
  }
}

describe('verifyRebuiltAttempt', () => {
  it('verifies an attempt whose statements match the replay', () => {
    const attempt = verifyRebuiltAttempt(fromLrs(), find, CONTEXT);
    expect(attempt.verification).toMatchObject({ status: 'verified', problems: [] });
    expect(attempt.status).toBe('finished');
    expect(attempt.scorecard?.pass).toBe(true);
  });

  it('finds a raised score claimed in the LRS, and names it', () => {
    const rebuilt: RebuiltAttempt = fromLrs((statements) =>
      setResult(statements, '/passed', 'scaled', 1),
    );
    expect(rebuilt.result?.overall).toBe(100);
    const attempt = verifyRebuiltAttempt(rebuilt, find, CONTEXT);
    expect(attempt.verification?.status).toBe('altered');
    expect(attempt.verification?.problems.join(' ')).toMatch(
      /overall is 100 in the LRS, \d+ by replay/,
    );
  });

  it('keeps an attempt on a scenario version this app lacks, unverified', () => {
    const attempt = verifyRebuiltAttempt(fromLrs(), () => undefined, CONTEXT);
    expect(attempt.verification?.status).toBe('cannot-verify');
    expect(attempt.log.attemptId).toBe('lrs-verify-1');
  });
});
