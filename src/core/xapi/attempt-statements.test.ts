import type { Statement } from '@xapi/xapi';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { describe, expect, it } from 'vitest';
import { readShippedFiles } from '../testing/shipped-files.test-support.ts';
import type { AttemptLog } from '../attempt/attempt-log.ts';
import { replay } from '../attempt/replay.ts';
import { situationAlong } from '../play/situation-along.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import { attemptStatements, type AttemptStatementsInput } from './attempt-statements.ts';
import { registrationOf } from './statement-ids.ts';
import { attemptsFromStatements } from './statements-to-attempts.ts';
import { checkShipped, playPath } from './testing/shipped-paths.ts';
import {
  specProblems,
  statementsOf,
  TEST_ACTOR,
  TEST_BASE,
  throughJson,
} from './testing/statement-checks.ts';
import {
  CONTEXT_EXTENSIONS,
  END_RESULT_EXTENSIONS,
  LAUNCH_EXTENSIONS,
  LOG_EXTENSIONS,
  PLATFORM,
  SCORE_RESULT_EXTENSIONS,
  TURN_RESULT_EXTENSIONS,
  VERBS,
} from './xapi-vocabulary.ts';

const shipped = checkShipped(readShippedFiles());

const verbsOf = (statements: readonly Statement[]): string[] => statements.map((s) => s.verb.id);

const ext = (bag: Record<string, unknown> | undefined, iri: string): unknown => bag?.[iri];

/** Every cut of a log after each of its events, the empty log included. */
function prefixes(log: AttemptLog): AttemptLog[] {
  return log.events.map((_, i) => ({ ...log, events: log.events.slice(0, i) })).concat([log]);
}

describe.each(shipped)('the statements of $file', ({ file, loaded, analysis }) => {
  const model = analysis.modelAnswer;
  const worst = analysis.overall.worst?.path ?? null;
  if (model === null || worst === null) throw new Error(`${file}: the analysis gives no paths`);
  const paths = [
    {
      name: 'model answer',
      log: playPath(loaded, model, { attemptId: `model-${file}`, pauseEvery: 2 }),
    },
    {
      name: 'worst path',
      log: playPath(loaded, worst, { attemptId: `worst-${file}`, pace: 'slow' }),
    },
  ];

  describe.each(paths)('$name', ({ log }) => {
    const statements = statementsOf(loaded, log, 'finished');
    const run = replay(loaded, log);
    const card = scoreAttempt(loaded, run.turns, run.ending ?? null);

    it('passes xapi-validation, every statement', () => {
      expect(statements.map(specProblems)).toEqual(statements.map(() => []));
    });

    it('goes launched, initialized, one per turn, completed, passed or failed, terminated', () => {
      const turnVerbs = run.turns.map((t) =>
        t.response.kind === 'reply' ? VERBS.answered : VERBS.timedOut,
      );
      expect(verbsOf(statements)).toEqual([
        VERBS.launched,
        VERBS.initialized,
        ...turnVerbs,
        VERBS.completed,
        card.pass === true ? VERBS.passed : VERBS.failed,
        VERBS.terminated,
      ]);
    });

    it('has unique v5 UUID ids, one registration, the same on every build', () => {
      const ids = statements.map((s) => s.id ?? '');
      expect(ids.every((id) => isUuid(id) && uuidVersion(id) === 5)).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      expect(new Set(statements.map((s) => s.context?.registration))).toEqual(
        new Set([registrationOf(log.attemptId)]),
      );
      expect(statementsOf(loaded, throughJson(log), 'finished')).toEqual(statements);
    });

    it('says what each turn was: response, marks, timing, mood', () => {
      run.turns.forEach((turn, i) => {
        const s = statements[2 + i];
        const scored = card.turns[i];
        const extensions = s?.result?.extensions;
        expect(s?.result?.response).toBe(
          turn.response.kind === 'reply' ? turn.response.event : undefined,
        );
        expect(ext(extensions, TURN_RESULT_EXTENSIONS.toneMark)).toBe(scored?.marks.tone);
        expect(ext(extensions, TURN_RESULT_EXTENSIONS.promptnessMark)).toBe(
          scored?.marks.promptness,
        );
        expect(ext(extensions, TURN_RESULT_EXTENSIONS.extraMileMark)).toBe(scored?.marks.extraMile);
        expect(ext(extensions, TURN_RESULT_EXTENSIONS.replyMs)).toBe(
          turn.answeredT - turn.startedT,
        );
        expect(ext(extensions, TURN_RESULT_EXTENSIONS.budgetMs)).toBe(turn.budgetMs);
        expect(ext(extensions, TURN_RESULT_EXTENSIONS.moodBefore)).toBe(turn.moodBefore);
        expect(ext(extensions, TURN_RESULT_EXTENSIONS.moodAfter)).toBe(turn.moodAfter);
        expect(ext(s?.context?.extensions, LOG_EXTENSIONS.turnIndex)).toBe(i);
        expect(s?.context?.contextActivities?.parent?.[0]?.id).toBe(
          `${TEST_BASE}/scenarios/${loaded.scenario.id}`,
        );
      });
    });

    it("carries the scorecard's result on completed and passed or failed", () => {
      const completed = statements.at(-3);
      const graded = statements.at(-2);
      expect(completed?.result?.completion).toBe(true);
      expect(ext(completed?.result?.extensions, END_RESULT_EXTENSIONS.turnCount)).toBe(
        run.turns.length,
      );
      expect(graded?.result?.score).toEqual({
        scaled: (card.overall ?? 0) / 100,
        raw: card.overall,
        min: 0,
        max: 100,
      });
      expect(graded?.result?.success).toBe(card.pass);
      for (const s of [completed, graded]) {
        const extensions = s?.result?.extensions;
        expect(ext(extensions, SCORE_RESULT_EXTENSIONS.tone)).toBe(card.dimensions.tone.score);
        expect(ext(extensions, SCORE_RESULT_EXTENSIONS.extraMile)).toBe(
          card.dimensions.extraMile.score,
        );
      }
    });

    it('is prefix-stable: the statements at every point are the first of the final ones', () => {
      for (const prefix of prefixes(log)) {
        const partial = statementsOf(loaded, prefix, 'in-progress');
        expect(partial.length).toBeLessThanOrEqual(statements.length - 3);
        expect(partial).toEqual(statements.slice(0, partial.length));
      }
    });

    it('rebuilds the exact log from the statements, as an LRS returns them', () => {
      const fromLrs = throughJson(statements).map((s, i) => ({
        ...s,
        stored: new Date(Date.UTC(2026, 5, 1) + i).toISOString(),
        authority: { objectType: 'Agent', mbox: 'mailto:lrs@example.com' },
        version: '1.0.3',
      }));
      const { attempts, ignored } = attemptsFromStatements(fromLrs.reverse());
      expect(ignored).toBe(0);
      expect(attempts).toHaveLength(1);
      const [rebuilt] = attempts;
      if (rebuilt?.ok !== true) throw new Error(JSON.stringify(rebuilt));
      expect(rebuilt.log).toStrictEqual(throughJson(log));
      expect(rebuilt.status).toBe('finished');
      expect(rebuilt.result).toEqual({
        overall: card.overall,
        pass: card.pass,
        passMark: card.passMark,
        dimensions: {
          tone: card.dimensions.tone.score,
          promptness: card.dimensions.promptness.score,
          extraMile: card.dimensions.extraMile.score,
        },
        ending:
          card.ending === null
            ? null
            : {
                title: card.ending.title,
                retained: card.ending.retained,
                review: card.ending.review,
              },
      });
      expect(rebuilt.turns).toEqual(card.turns.map((t) => ({ choice: t.choice, marks: t.marks })));
    });
  });
});

const angry = shipped.find((s) => s.file === 'scenarios/the-angry-caller.yaml');
if (angry === undefined || angry.analysis.modelAnswer === null)
  throw new Error('the angry caller is missing');
const { loaded } = angry;
const model = angry.analysis.modelAnswer;

describe('an abandoned attempt', () => {
  const log = playPath(loaded, model, { attemptId: 'gave-up', steps: 2, endPaused: true });
  const statements = statementsOf(loaded, log, 'abandoned');

  it('ends abandoned then terminated, valid, after the in-progress statements', () => {
    expect(log.events.at(-1)?.type).toBe('pause');
    expect(verbsOf(statements)).toEqual([
      VERBS.launched,
      VERBS.initialized,
      VERBS.answered,
      VERBS.answered,
      VERBS.abandoned,
      VERBS.terminated,
    ]);
    expect(statements.flatMap(specProblems)).toEqual([]);
    expect(statements.at(-2)?.result?.completion).toBe(false);
    expect(statementsOf(loaded, log, 'in-progress')).toEqual(statements.slice(0, 4));
  });

  it('rebuilds with its trailing pause and the abandoned status', () => {
    const [rebuilt] = attemptsFromStatements(throughJson(statements)).attempts;
    if (rebuilt?.ok !== true) throw new Error(JSON.stringify(rebuilt));
    expect(rebuilt.log).toStrictEqual(throughJson(log));
    expect(rebuilt.status).toBe('abandoned');
    expect(rebuilt.result).toBeUndefined();
  });
});

describe('a playtest that starts mid-scenario', () => {
  const middle = Math.floor(model.length / 2);
  const situation = situationAlong(loaded, model, model[middle]?.state ?? '');
  if (situation === undefined) throw new Error('no situation');
  const log = playPath(loaded, model.slice(middle), { attemptId: 'playtest', startAt: situation });
  const statements = statementsOf(loaded, log, 'finished');

  it('says where it started on the launched statement', () => {
    expect(log.start).toBeDefined();
    expect(ext(statements[0]?.context?.extensions, LAUNCH_EXTENSIONS.startPoint)).toEqual(
      throughJson(log.start),
    );
    expect(statements.flatMap(specProblems)).toEqual([]);
  });

  it('rebuilds the log with its start', () => {
    const [rebuilt] = attemptsFromStatements(throughJson(statements)).attempts;
    if (rebuilt?.ok !== true) throw new Error(JSON.stringify(rebuilt));
    expect(rebuilt.log).toStrictEqual(throughJson(log));
    expect(replay(loaded, rebuilt.log).problems).toEqual([]);
  });
});

describe('attemptStatements on bad input', () => {
  const log = playPath(loaded, model, { attemptId: 'bad-input' });
  const good: AttemptStatementsInput = {
    log,
    loaded,
    actor: TEST_ACTOR,
    activityBase: TEST_BASE,
    status: 'finished',
  };
  const errorOf = (change: Partial<AttemptStatementsInput>): string => {
    const built = attemptStatements({ ...good, ...change });
    return built.ok ? 'built' : built.error;
  };
  const other = shipped.find((s) => s !== angry);

  it('builds from the good input, context and all', () => {
    const built = attemptStatements(good);
    expect(built.ok).toBe(true);
    const context = built.ok ? built.statements[0]?.context : undefined;
    expect(context?.platform).toBe(PLATFORM);
    expect(ext(context?.extensions, CONTEXT_EXTENSIONS.attemptId)).toBe('bad-input');
  });

  it.each([
    [{}, /no identifier/],
    [{ name: 'Z' }, /no identifier/],
    [{ mbox: 'zoe@example.com' }, /is not a mailto: address/],
    [{ mbox: 'mailto:a@b.c', account: { homePage: 'https://a.b', name: 'z' } }, /2 identifiers/],
    [{ account: { homePage: 'not an iri', name: 'z' } }, /no homePage IRI/],
    [{ account: { homePage: 'https://idp.example.com', name: '' } }, /account has no name/],
    [{ objectType: 'Group', member: [] }, /objectType is "Group"/],
    [null, /not an object/],
  ])('refuses the actor %j', (actor, message) => {
    expect(errorOf({ actor: actor as AttemptStatementsInput['actor'] })).toMatch(message);
  });

  it.each([
    '',
    'extra-mile',
    'https://',
    'https://a.example/x?y=1',
    'https://a.example/#x',
    'https://a b.example',
  ])('refuses the activity base %j', (activityBase) => {
    expect(errorOf({ activityBase })).toMatch(/is not an absolute IRI/);
  });

  it('takes an account actor and a base with a trailing slash', () => {
    const built = attemptStatements({
      ...good,
      actor: { account: { homePage: 'https://idp.example.com', name: 'u-42' } },
      activityBase: `${TEST_BASE}/`,
    });
    expect(built.ok && built.statements[0]?.object).toMatchObject({
      id: `${TEST_BASE}/scenarios/the-angry-caller`,
    });
    expect(built.ok && built.statements.flatMap(specProblems)).toEqual([]);
  });

  it('refuses a log of another scenario, or one that does not replay', () => {
    expect(errorOf({ loaded: other?.loaded ?? loaded })).toMatch(
      /the log is for scenario 'the-angry-caller'/,
    );
    const edited = throughJson(log);
    const reply = edited.events.find((e) => e.type === 'reply');
    if (reply?.type === 'reply') reply.option = 'shout_back';
    expect(errorOf({ log: edited })).toMatch(
      /does not replay on scenario 'the-angry-caller': event #0 .*option 'shout_back' is not open/,
    );
  });

  it('refuses a status the log contradicts', () => {
    const half = { ...log, events: log.events.slice(0, 2) };
    expect(errorOf({ log: half })).toMatch(
      /is said to be finished, but its log does not reach an ending/,
    );
    expect(errorOf({ status: 'abandoned' })).toMatch(
      /reaches an ending: it is finished, not abandoned/,
    );
  });

  it('refuses a wall-clock time no date can hold', () => {
    const edited = throughJson(log);
    const first = edited.events[0];
    if (first !== undefined) first.at = 1e20;
    expect(errorOf({ log: edited })).toMatch(
      /event #0 has a wall-clock time 'at' that is not a valid date/,
    );
    expect(errorOf({ log: { ...log, startedAt: -1 } })).toMatch(
      /start time -1 is not a valid epoch time/,
    );
  });

  it('leaves the log alone and returns statements that share nothing', () => {
    const frozen = deepFreeze(throughJson(log));
    const built = attemptStatements({ ...good, log: frozen });
    if (!built.ok) throw new Error(built.error);
    const [first, second] = built.statements;
    if (first?.actor.objectType !== 'Agent') throw new Error('no agent');
    first.actor.name = 'Someone else';
    expect(second?.actor.name).toBe(TEST_ACTOR.name);
    expect(frozen).toEqual(log);
  });

  it('uses the scorecard it is given for the result, and replay for the turns', () => {
    const run = replay(loaded, log);
    const card = scoreAttempt(loaded, run.turns, run.ending ?? null);
    const claimed = { ...card, overall: 12, pass: false };
    const built = attemptStatements({ ...good, scorecard: claimed });
    const statements = built.ok ? built.statements : [];
    expect(statements.at(-2)?.verb.id).toBe(VERBS.failed);
    expect(statements.at(-2)?.result?.score?.raw).toBe(12);
    expect(statements.slice(0, -3)).toEqual(statementsOf(loaded, log, 'finished').slice(0, -3));
  });
});

/** Freezes a JSON value all the way down: every write to it then throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
