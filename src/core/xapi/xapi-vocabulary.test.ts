import { describe, expect, it } from 'vitest';
import { specProblems } from './testing/statement-checks.ts';
import {
  ACTIVITY_TYPES,
  ALL_EXTENSIONS,
  EXTENSION_BASE,
  VERB_DISPLAY,
  VERBS,
  type VerbName,
} from './xapi-vocabulary.ts';

describe('the xAPI vocabulary', () => {
  const verbs = Object.values(VERBS);

  it('has unique IRIs, our extensions all under the one base', () => {
    const all = [...verbs, ...Object.values(ACTIVITY_TYPES), ...ALL_EXTENSIONS];
    expect(new Set(verbs).size).toBe(verbs.length);
    expect(new Set(ALL_EXTENSIONS).size).toBe(ALL_EXTENSIONS.length);
    expect(new Set(all).size).toBe(all.length);
    expect(ALL_EXTENSIONS.filter((iri) => !iri.startsWith(EXTENSION_BASE))).toEqual([]);
  });

  it('is valid xAPI wherever it is used: verb ids, activity types, extension keys', () => {
    const statement = (verb: VerbName, type: string): unknown => ({
      actor: { mbox: 'mailto:a@example.com' },
      verb: { id: VERBS[verb], display: { en: VERB_DISPLAY[verb] } },
      object: { id: 'https://training.example.com/x', definition: { type } },
      result: { extensions: Object.fromEntries(ALL_EXTENSIONS.map((iri) => [iri, null])) },
    });
    const names = Object.keys(VERBS) as VerbName[];
    const types = Object.values(ACTIVITY_TYPES);
    const problems = names.flatMap((verb, i) =>
      specProblems(statement(verb, types[i % types.length] ?? '')),
    );
    expect(problems).toEqual([]);
    // The check itself can fail: a bare word is no IRI.
    expect(specProblems(statement('answered', 'simulation'))).not.toEqual([]);
  });
});
