import type { Statement } from '@xapi/xapi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readShippedFiles } from '../testing/shipped-files.test-support.ts';
import { generateAttempts } from '../review/testing/generate-attempts.ts';
import { seededRandom } from '../testing/seeded-random.ts';
import { registrationOf, statementIdOf } from './statement-ids.ts';
import {
  attemptsFromStatements,
  MAX_REASONS,
  type BrokenAttempt,
  type RebuiltAttempt,
} from './statements-to-attempts.ts';
import { checkShipped, playPath } from './testing/shipped-paths.ts';
import { statementsOf, throughJson } from './testing/statement-checks.ts';
import { CONTEXT_EXTENSIONS, LAUNCH_EXTENSIONS, LOG_EXTENSIONS, VERBS } from './xapi-vocabulary.ts';

const shipped = checkShipped(readShippedFiles());

const scenarios = shipped.map((s) => s.loaded);
const byId = new Map(scenarios.map((l) => [l.scenario.id, l]));

/** A foreign statement another app could have put in the same LRS. */
const FOREIGN: Statement = {
  id: '6690e6c9-3ef0-4ed3-8b37-7f3964730bee',
  actor: { mbox: 'mailto:someone@example.com' },
  verb: { id: VERBS.completed, display: { en: 'completed' } },
  object: { id: 'https://lms.example.com/courses/fire-safety' },
  context: { registration: '6690e6c9-3ef0-4ed3-8b37-7f3964730bef', platform: 'Other LMS' },
};

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = out[i];
    const b = out[j];
    if (a === undefined || b === undefined) continue;
    out[i] = b;
    out[j] = a;
  }
  return out;
}

const rebuiltOf = (entry: RebuiltAttempt | BrokenAttempt | undefined): RebuiltAttempt => {
  if (entry?.ok !== true) throw new Error(`not rebuilt: ${JSON.stringify(entry)}`);
  return entry;
};

const errorsOf = (statements: unknown[]): string[] => {
  const { attempts } = attemptsFromStatements(statements);
  return attempts.flatMap((a) => (a.ok ? [] : a.errors));
};

describe('round trip of generated attempts', () => {
  const generated = generateAttempts(scenarios, { count: 80, seed: 11, waitChance: 0.2 });
  const all = generated.flatMap(({ attempt }) => {
    const loaded = byId.get(attempt.scenarioId);
    if (loaded === undefined) throw new Error(`no scenario '${attempt.scenarioId}'`);
    return statementsOf(loaded, attempt, 'finished');
  });

  it('covers replies and timeouts of every shipped scenario', () => {
    expect(generated.length).toBeGreaterThanOrEqual(70);
    expect(new Set(generated.map((g) => g.attempt.scenarioId)).size).toBe(shipped.length);
    expect(all.some((s) => s.verb.id === VERBS.timedOut)).toBe(true);
  });

  it.each([1, 2, 3])(
    'gives back every log exactly, shuffled, duplicated and mixed with foreign statements (seed %i)',
    (seed) => {
      const next = seededRandom(seed);
      const duplicates = all.filter(() => next() < 0.3).map(throughJson);
      const input = shuffled([...throughJson(all), ...duplicates, FOREIGN, FOREIGN], next);
      const reading = attemptsFromStatements(input);
      expect(reading.ignored).toBe(2);
      expect(reading.ignoredReasons).toEqual([
        `statement ${FOREIGN.id}: not an Extra Mile statement`,
        `statement ${FOREIGN.id}: not an Extra Mile statement`,
      ]);
      expect(reading.attempts).toHaveLength(generated.length);
      const found = new Map(reading.attempts.map((a) => [a.registration, a]));
      for (const { attempt, scorecard } of generated) {
        const rebuilt = rebuiltOf(found.get(registrationOf(attempt.attemptId)));
        expect(rebuilt.log).toStrictEqual(attempt);
        expect(rebuilt.status).toBe('finished');
        expect(rebuilt.result?.overall).toBe(scorecard.overall);
        expect(rebuilt.result?.pass).toBe(scorecard.pass);
        expect(rebuilt.turns.map((t) => t.choice)).toEqual(scorecard.turns.map((t) => t.choice));
        expect(rebuilt.notes).toEqual([]);
      }
    },
  );

  it('gives the same reading in any order', () => {
    const a = attemptsFromStatements(all);
    const b = attemptsFromStatements(shuffled(all, seededRandom(99)));
    expect(b).toEqual(a);
  });
});

describe('statements that do not make an attempt', () => {
  const angry = shipped.find((s) => s.file === 'scenarios/the-angry-caller.yaml');
  const model = angry?.analysis.modelAnswer;
  if (angry === undefined || model === undefined || model === null)
    throw new Error('no angry caller');
  const log = playPath(angry.loaded, model, { attemptId: 'broken-1' });
  const statements = statementsOf(angry.loaded, log, 'finished');
  const reg = registrationOf('broken-1');
  const turns = model.length;
  const without = (...indices: number[]): Statement[] =>
    throughJson(statements.filter((_, i) => !indices.includes(i)));

  it('names a missing turn statement, in the middle or at the end', () => {
    expect(turns).toBe(5);
    expect(errorsOf(without(4))).toEqual([`registration ${reg}: turn statement 3 of 5 is missing`]);
    expect(errorsOf(without(6))).toEqual([`registration ${reg}: turn statement 5 of 5 is missing`]);
  });

  it('names a run of missing turns once, and refuses an absurd count without walking it', () => {
    expect(errorsOf(without(3, 4, 5))).toEqual([
      `registration ${reg}: turn statements 2 to 4 of 5 are missing`,
    ]);
    const claimed = throughJson(statements);
    for (const s of claimed) {
      if (s.verb.id !== VERBS.completed) continue;
      const extensions = s.result?.extensions ?? {};
      const key = Object.keys(extensions).find((k) => k.endsWith('/turn-count'));
      if (key !== undefined) extensions[key] = 5_000_000;
    }
    expect(errorsOf(claimed).join(' ')).toContain('the statements claim 5000000 turns');
  });

  it('names a missing launched, completed or passed statement', () => {
    expect(errorsOf(without(0))).toEqual([
      `registration ${reg}: the launched statement is missing`,
    ]);
    expect(errorsOf(without(7))).toEqual([
      `registration ${reg}: the completed statement is missing (its passed or failed statement is there)`,
    ]);
    expect(errorsOf(without(8))).toEqual([
      `registration ${reg}: the passed or failed statement is missing`,
    ]);
    expect(errorsOf(without(7, 8))).toEqual([
      `registration ${reg}: the completed or abandoned statement is missing (it is terminated)`,
    ]);
  });

  it('takes a missing initialized or terminated statement as a note', () => {
    const [rebuilt] = attemptsFromStatements(without(1, 9)).attempts;
    expect(rebuiltOf(rebuilt).notes).toEqual([
      'no initialized statement',
      'no terminated statement',
    ]);
    expect(rebuiltOf(rebuilt).log).toStrictEqual(log);
  });

  it('reads an attempt still in progress: no end statements yet', () => {
    const [rebuilt] = attemptsFromStatements(without(7, 8, 9)).attempts.map(rebuiltOf);
    expect(rebuilt?.status).toBe('in-progress');
    expect(rebuilt?.result).toBeUndefined();
  });

  it('flags two versions of one statement', () => {
    const edited = throughJson(statements);
    const turn = edited[3];
    if (turn?.result !== undefined) turn.result.duration = 'PT1S';
    const events = turn?.context?.extensions?.[LOG_EXTENSIONS.events] as Array<{ t: number }>;
    const last = events.at(-1);
    if (last !== undefined) last.t += 1;
    expect(errorsOf([...throughJson(statements), ...edited])).toEqual([
      `registration ${reg}: statement ${turn?.id} appears more than once, with different content`,
    ]);
  });

  it('flags a reply whose response and events disagree', () => {
    const edited = throughJson(statements);
    const turn = edited[2];
    if (turn?.result !== undefined) turn.result.response = 'something_else';
    expect(errorsOf(edited)).toEqual([
      `registration ${reg}: statement ${turn?.id}: its response ("something_else") differs from the reply '${model[0]?.choice}' in its events`,
    ]);
  });

  it('flags a statement that is not the one Extra Mile derives', () => {
    const edited = throughJson(statements);
    const turn = edited[2];
    if (turn !== undefined) turn.id = statementIdOf('broken-1', 'turn', 7);
    expect(errorsOf(edited)).toContain(
      `registration ${reg}: statement ${turn?.id}: its id is not the one Extra Mile derives for the turn statement 1 of attempt 'broken-1'`,
    );
  });

  it('flags statements that disagree on the scenario version', () => {
    const edited = throughJson(statements);
    const ext = edited[5]?.context?.extensions;
    if (ext !== undefined) ext[CONTEXT_EXTENSIONS.scenarioFingerprint] = 'f'.repeat(64);
    expect(errorsOf(edited)).toEqual([
      `registration ${reg}: statement ${edited[5]?.id}: its scenario fingerprint '${'f'.repeat(64)}' differs from the other statements' '${log.scenarioFingerprint}'`,
    ]);
  });

  it('flags both a completed and an abandoned statement', () => {
    const abandoned = statementsOf(
      angry.loaded,
      { ...log, events: log.events.slice(0, 2) },
      'abandoned',
    );
    const errors = errorsOf([...throughJson(statements), ...throughJson(abandoned.slice(-2, -1))]);
    expect(errors).toContain(
      `registration ${reg}: it has both a completed and an abandoned statement`,
    );
  });

  it('flags a statement of ours with a broken extension, naming it', () => {
    const edited = throughJson(statements);
    const ext = edited[3]?.context?.extensions;
    if (ext !== undefined) ext[LOG_EXTENSIONS.events] = 'lost';
    expect(errorsOf(edited)).toEqual([
      `registration ${reg}: statement ${edited[3]?.id}: the events extension is "lost", not a list`,
    ]);
  });
});

/** A proxy that throws on every look: the worst object a caller could hand over. */
const hostile = new Proxy(
  {},
  {
    get: () => {
      throw new Error('boom');
    },
    has: () => {
      throw new Error('boom');
    },
    getOwnPropertyDescriptor: () => {
      throw new Error('boom');
    },
    ownKeys: () => {
      throw new Error('boom');
    },
    getPrototypeOf: () => {
      throw new Error('boom');
    },
  },
);

const GARBAGE_ID = '6690e6c9-3ef0-4ed3-8b37-7f3964730bee';

/** A launched statement of attempt 'x' with the given context extensions. */
const ours = (
  extensions: Record<string, unknown>,
  more: Record<string, unknown> = {},
): unknown => ({
  id: GARBAGE_ID,
  verb: { id: VERBS.launched },
  context: { registration: registrationOf('x'), extensions },
  ...more,
});

/** Every context extension a statement needs, for attempt 'x'. */
const HEADER = {
  [CONTEXT_EXTENSIONS.attemptId]: 'x',
  [CONTEXT_EXTENSIONS.scenarioId]: 'the-angry-caller',
  [CONTEXT_EXTENSIONS.scenarioFingerprint]: 'abc',
  [CONTEXT_EXTENSIONS.engineVersion]: '1.0.0',
  [CONTEXT_EXTENSIONS.mode]: 'practice',
};

describe('garbage', () => {
  const cyclic: Record<string, unknown> = { id: 'loop' };
  cyclic.self = cyclic;
  const withGetter = Object.defineProperty({}, 'context', {
    enumerable: true,
    get: () => {
      throw new Error('no');
    },
  });
  const foreign: unknown[] = [
    null,
    undefined,
    0,
    Number.NaN,
    'statement',
    true,
    [],
    [[]],
    {},
    { id: 42 },
    { context: null },
    { context: { extensions: [] } },
    { context: { extensions: { [CONTEXT_EXTENSIONS.attemptId]: 5 } } },
    JSON.parse('{"__proto__": {"polluted": true}, "context": {"extensions": {"__proto__": 1}}}'),
    cyclic,
    withGetter,
    hostile,
  ];
  const broken: Array<[unknown, string]> = [
    [
      ours({ [CONTEXT_EXTENSIONS.attemptId]: 'x' }),
      'the scenario-id extension is missing, not a text',
    ],
    [ours(HEADER, { verb: 'launched' }), 'its verb is "launched", not an object with an id'],
    [
      ours(HEADER, { verb: { id: 'http://adlnet.gov/expapi/verbs/voided' } }),
      'its verb ("http://adlnet.gov/expapi/verbs/voided") is not one Extra Mile sends',
    ],
    [
      ours({ ...HEADER, [CONTEXT_EXTENSIONS.mode]: { a: cyclic } }),
      'the mode extension is an object, not practice or assessment',
    ],
    [
      ours({ ...HEADER, [LAUNCH_EXTENSIONS.startedAt]: Number.POSITIVE_INFINITY }),
      'the started-at extension is not an epoch time in milliseconds',
    ],
    [
      ours({
        ...HEADER,
        [LAUNCH_EXTENSIONS.startedAt]: 1,
        [LAUNCH_EXTENSIONS.trainee]: 'Z',
        [LAUNCH_EXTENSIONS.startPoint]: { state: 's', mood: 5, flags: { a: 'yes' } },
      }),
      "flag 'a' of the start-point extension is not true or false",
    ],
    [
      ours({ ...HEADER, [LOG_EXTENSIONS.events]: cyclic }, { verb: { id: VERBS.answered } }),
      'the events extension is an object, not a list',
    ],
    [
      ours(
        { ...HEADER, [LOG_EXTENSIONS.events]: [{ type: 'reply', t: -1, at: 0, option: 'a' }] },
        { verb: { id: VERBS.answered } },
      ),
      "its event #0 has no valid active time 't' (-1)",
    ],
    [
      ours(
        { ...HEADER, [LOG_EXTENSIONS.events]: [{ type: 'pause', t: 1, at: 1 }] },
        { verb: { id: VERBS.timedOut } },
      ),
      'its event #0 is a pause where a timeout belongs',
    ],
    [
      ours(HEADER, { verb: { id: VERBS.passed }, result: { score: { raw: 101 } } }),
      'its raw score is not a number from 0 to 100',
    ],
  ];

  it('never throws, counts what is not ours and explains what is broken', () => {
    const reading = attemptsFromStatements([
      ...foreign,
      ...broken.map(([item]) => item),
      ours(HEADER, { id: 'not-a-uuid' }),
    ]);
    expect(reading.ignored).toBe(foreign.length);
    expect(reading.ignoredReasons).toEqual([
      'item #0 is null, not a statement',
      'item #1 is nothing, not a statement',
      'item #2 is a number, not a statement',
      'item #3 is a number, not a statement',
      'item #4 is a text, not a statement',
      'item #5 is a boolean, not a statement',
      'item #6 is a list, not a statement',
      'item #7 is a list, not a statement',
      'item #8: not an Extra Mile statement',
      'item #9: not an Extra Mile statement',
      'item #10: not an Extra Mile statement',
      'item #11: not an Extra Mile statement',
      'item #12: not an Extra Mile statement',
      'item #13: not an Extra Mile statement',
      'statement loop: not an Extra Mile statement',
      'item #15 cannot be read',
      'item #16 cannot be read',
    ]);
    const registration = registrationOf('x');
    expect(reading.attempts).toEqual([
      {
        ok: false,
        registration,
        attemptId: 'x',
        errors: [
          ...broken.map(
            ([, why]) => `registration ${registration}: statement ${GARBAGE_ID}: ${why}`,
          ),
          `registration ${registration}: statement not-a-uuid: its id is not a UUID`,
          // None of them has the id of attempt x's launched statement.
          `registration ${registration}: the launched statement is missing`,
        ].sort(),
      },
    ]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('takes no list as nothing to read', () => {
    for (const input of [null, 'x', 3, {}, hostile])
      expect(attemptsFromStatements(input)).toEqual({
        attempts: [],
        ignored: 1,
        ignoredReasons: ['the input is not a list of statements'],
      });
  });

  it('lists at most MAX_REASONS reasons but counts everything', () => {
    const reading = attemptsFromStatements(Array.from({ length: 100 }, () => FOREIGN));
    expect(reading.ignored).toBe(100);
    expect(reading.ignoredReasons).toHaveLength(MAX_REASONS);
  });

  it('property: garbage and mutations next to a real attempt never throw, and the attempt survives untouched', () => {
    const angry = shipped.find((s) => s.file === 'scenarios/the-angry-caller.yaml');
    const model = angry?.analysis.modelAnswer;
    if (angry === undefined || model === undefined || model === null)
      throw new Error('no angry caller');
    const log = playPath(angry.loaded, model, { attemptId: 'survivor', pauseEvery: 3 });
    const real = statementsOf(angry.loaded, log, 'finished');
    const other = playPath(angry.loaded, model, { attemptId: 'mutated' });
    const victims = statementsOf(angry.loaded, other, 'finished');
    const paths = fc.array(
      fc.oneof(
        fc.constantFrom(
          'id',
          'verb',
          'context',
          'result',
          'extensions',
          'id',
          'registration',
          'score',
          'raw',
          'response',
          ...Object.values(CONTEXT_EXTENSIONS),
          LOG_EXTENSIONS.events,
          LOG_EXTENSIONS.turnIndex,
        ),
        fc.string(),
      ),
      { minLength: 1, maxLength: 4 },
    );
    const mutation = fc.record({
      victim: fc.nat({ max: victims.length - 1 }),
      path: paths,
      value: fc.anything(),
    });
    fc.assert(
      fc.property(
        fc.array(fc.anything(), { maxLength: 8 }),
        fc.array(mutation, { maxLength: 6 }),
        (junk, mutations) => {
          const mutated: unknown[] = throughJson(victims);
          for (const { victim, path, value } of mutations) setPath(mutated[victim], path, value);
          const reading = attemptsFromStatements([...junk, ...throughJson(real), ...mutated]);
          const survivor = reading.attempts.find(
            (a) => a.registration === registrationOf('survivor'),
          );
          expect(rebuiltOf(survivor).log).toStrictEqual(log);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Sets a value at a path of keys, creating objects on the way; the last key gets the value. */
function setPath(target: unknown, path: readonly string[], value: unknown): void {
  let current = target;
  path.forEach((key, i) => {
    if (typeof current !== 'object' || current === null) return;
    const bag = current as Record<string, unknown>;
    if (i === path.length - 1) {
      Object.defineProperty(bag, key, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      return;
    }
    if (typeof bag[key] !== 'object' || bag[key] === null)
      Object.defineProperty(bag, key, {
        value: {},
        enumerable: true,
        configurable: true,
        writable: true,
      });
    current = bag[key];
  });
}
