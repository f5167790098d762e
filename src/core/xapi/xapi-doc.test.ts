import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { XAPI_NAMESPACE } from './statement-ids.ts';
import { attemptsFromStatements } from './statements-to-attempts.ts';
import { checkShipped, playPath } from './testing/shipped-paths.ts';
import { specProblems, statementsOf } from './testing/statement-checks.ts';
import { ACTIVITY_TYPES, ALL_EXTENSIONS, EXTENSION_BASE, VERBS } from './xapi-vocabulary.ts';

/**
 * docs/xapi.md shows every statement of one real attempt. This test rebuilds that attempt
 * (the worst path of a shipped scenario, with pauses) and holds the example against it,
 * so the doc cannot drift from what the app sends. When a change is intended, refresh it:
 * UPDATE_XAPI_DOC=1 npx vitest run src/core/xapi/xapi-doc.test.ts
 */

const DOC = new URL('../../../docs/xapi.md', import.meta.url);
const FILE = 'scenarios/charged-after-two-weeks.yaml';
const START = '<!-- example:start -->';
const END = '<!-- example:end -->';

const [example] = checkShipped([
  { file: FILE, text: readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8') },
]);
const path = example?.analysis.overall.worst?.path;
if (example === undefined || path === undefined) throw new Error(`${FILE} has no worst path`);
const log = playPath(example.loaded, path, {
  attemptId: '3f0c2a9e-5b7d-4c1e-9a26-8d4b71e0c5f3',
  pauseEvery: 2,
});
const statements = statementsOf(example.loaded, log, 'finished');
const block = `${START}\n\n\`\`\`json\n${JSON.stringify(statements, null, 2)}\n\`\`\`\n\n${END}`;

function docText(): string {
  const text = readFileSync(DOC, 'utf8');
  if (process.env.UPDATE_XAPI_DOC !== '1') return text;
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) throw new Error(`docs/xapi.md has no ${START} … ${END} block`);
  const updated = `${text.slice(0, from)}${block}${text.slice(to + END.length)}`;
  writeFileSync(DOC, updated);
  return updated;
}

describe('docs/xapi.md', () => {
  const doc = docText();

  it('shows the statements the app sends for its example attempt, exactly', () => {
    const from = doc.indexOf(START);
    const to = doc.indexOf(END);
    expect(from, `no ${START} in docs/xapi.md`).toBeGreaterThanOrEqual(0);
    const shown = doc.slice(from, to + END.length);
    expect(shown, 'refresh with UPDATE_XAPI_DOC=1 (see this test)').toBe(block);
  });

  it('has an example that is valid xAPI, shows both turn verbs, and rebuilds', () => {
    expect(statements.flatMap(specProblems)).toEqual([]);
    const verbs = statements.map((s) => s.verb.id);
    expect(verbs).toContain(VERBS.answered);
    expect(verbs).toContain(VERBS.timedOut);
    expect(log.events.some((e) => e.type === 'pause')).toBe(true);
    const [rebuilt] = attemptsFromStatements(statements).attempts;
    expect(rebuilt?.ok && rebuilt.log).toStrictEqual(log);
  });

  it('documents every verb, activity type and extension IRI, and the namespace', () => {
    const missing = [
      ...Object.values(VERBS),
      ...Object.values(ACTIVITY_TYPES),
      ...ALL_EXTENSIONS.map((iri) => `\`${iri.slice(EXTENSION_BASE.length)}\``),
      EXTENSION_BASE,
      XAPI_NAMESPACE,
    ].filter((iri) => !doc.replace(block, '').includes(iri));
    expect(missing).toEqual([]);
  });
});
