import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { AttemptFile } from './attempt-file-types.ts';
import type { ImportEntry } from './import-types.ts';
import { readAttemptFile } from './read-attempt-file.ts';
import { checkedScenario, cloneJson, downloadText, playAttempt } from './test-attempts.ts';
import { verifyAttempt } from './verify-attempt.ts';

const FILE = 'scenarios/the-angry-caller.yaml';
const loaded = checkedScenario(
  readFileSync(new URL('../../../scenarios/the-angry-caller.yaml', import.meta.url), 'utf8'),
  FILE,
);
const find = (fingerprint: string): LoadedScenario | undefined =>
  fingerprint === loaded.fingerprint ? loaded : undefined;
const NOW = 1_800_000_000_000;
const context = { now: NOW, source: 'dana.json' };

/** Six events, every dimension scored: overall 82, "He cancels and buys elsewhere". */
const played = playAttempt(loaded, { attemptId: 'verify-1', decisions: [1, 2, 0, 1] });

/** The file as a trainee downloads it, edited, then read as the import reads it. */
function entryOf(
  file: AttemptFile,
  edit: (copy: AttemptFile) => void = () => undefined,
): ImportEntry {
  const copy = cloneJson(file);
  edit(copy);
  const { entries, rejected } = readAttemptFile('dana.json', downloadText(copy));
  expect(rejected).toEqual([]);
  const [entry] = entries;
  if (entry === undefined) throw new Error('no entry');
  return entry;
}

describe('verifyAttempt', () => {
  it('a faithful download is verified, with the replayed scorecard', () => {
    const attempt = verifyAttempt(entryOf(played), find, context);
    expect(attempt).toEqual({
      log: played.attempt,
      status: 'finished',
      updatedAt: played.attempt.events.at(-1)?.at,
      scorecard: played.scorecard,
      verification: { status: 'verified', problems: [], importedAt: NOW, source: 'dana.json' },
    });
  });

  it('an edited overall is altered, the difference named, the claim kept', () => {
    const attempt = verifyAttempt(
      entryOf(played, (f) => (f.scorecard.overall = 96)),
      find,
      context,
    );
    expect(attempt.verification?.status).toBe('altered');
    expect(attempt.verification?.problems).toEqual(['overall is 96 in the file, 82 by replay']);
    expect(attempt.scorecard).toEqual(played.scorecard);
    expect(attempt.verification?.claimed?.overall).toBe(96);
  });

  it('an edited dimension, pass and ending are each named', () => {
    const entry = entryOf(played, (f) => {
      f.scorecard.dimensions.extraMile.score = 100;
      f.scorecard.pass = false;
      if (f.scorecard.ending !== null)
        f.scorecard.ending.title = 'Delighted, and tells his friends';
    });
    const attempt = verifyAttempt(entry, find, context);
    expect(attempt.verification?.status).toBe('altered');
    expect(attempt.verification?.problems).toEqual([
      'the result is failed in the file, passed by replay',
      'Extra mile is 100 in the file, 67 by replay',
      "the ending is 'Delighted, and tells his friends' in the file, 'He cancels and buys elsewhere' by replay",
    ]);
  });

  it("a turn's marks edited in the file are named by turn", () => {
    const entry = entryOf(played, (f) => {
      const turn = f.scorecard.turns[1];
      if (turn !== undefined) turn.marks.tone = 0;
    });
    const problems = verifyAttempt(entry, find, context).verification?.problems ?? [];
    expect(problems).toEqual([
      `turn 2: the tone mark is 0 in the file, ${played.scorecard.turns[1]?.marks.tone} by replay`,
    ]);
  });

  it('an unknown option: the log no longer replays', () => {
    const entry = entryOf(played, (f) => {
      const event = f.attempt.events[1];
      if (event?.type === 'reply') event.option = 'offer_a_bribe';
    });
    const attempt = verifyAttempt(entry, find, context);
    expect(attempt.verification?.status).toBe('altered');
    const [first] = attempt.verification?.problems ?? [];
    expect(first).toMatch(
      /^the log no longer replays: event #1 .*option 'offer_a_bribe' is not open/,
    );
    // The replay stops short of the end: unscored, so the file's numbers never count as a
    // result; they are kept as the claim, for the manager to see.
    expect(attempt.status).toBe('in-progress');
    expect(attempt.scorecard).toBeUndefined();
    expect(attempt.verification?.claimed).toEqual(played.scorecard);
  });

  it('a log that breaks but still ends is scored by replay, the claim kept', () => {
    const entry = entryOf(played, (f) => {
      const at = f.attempt.events[0]?.at ?? 0;
      f.attempt.events.splice(1, 0, { type: 'resume', t: 4_000, at });
    });
    const attempt = verifyAttempt(entry, find, context);
    expect(attempt.status).toBe('finished');
    expect(attempt.verification?.status).toBe('altered');
    expect(attempt.verification?.problems).toEqual([
      'the log no longer replays: event #1 (resume at t=4000): the attempt is already running',
    ]);
    expect(attempt.scorecard).toEqual(played.scorecard);
    expect(attempt.verification?.claimed).toEqual(played.scorecard);
  });

  it('events out of order: the log no longer replays', () => {
    const entry = entryOf(played, (f) => {
      const [a, b] = f.attempt.events;
      if (a !== undefined && b !== undefined) f.attempt.events.splice(0, 2, b, a);
    });
    const attempt = verifyAttempt(entry, find, context);
    expect(attempt.verification?.status).toBe('altered');
    expect(attempt.verification?.problems[0]).toMatch(/^the log no longer replays: event #0/);
    // Replay skips what does not fit, so the numbers differ too, and are named.
    expect(
      attempt.verification?.problems.filter((p) => p.startsWith('overall is 82 in the file, ')),
    ).toHaveLength(1);
  });

  it('a log swapped for another that replays, under the old scorecard, is altered', () => {
    const other = playAttempt(loaded, { attemptId: 'verify-1', decisions: [2, 2, 2, 2] });
    const entry = entryOf(played, (f) => (f.attempt.events = cloneJson(other.attempt.events)));
    const attempt = verifyAttempt(entry, find, context);
    expect(attempt.verification?.status).toBe('altered');
    const problems = attempt.verification?.problems ?? [];
    expect(problems.some((p) => p.startsWith('the log no longer replays'))).toBe(false);
    expect(problems).toContain('overall is 82 in the file, 86 by replay');
    expect(problems).toContain(
      "the ending is 'He cancels and buys elsewhere' in the file, 'Refunded, and gone' by replay",
    );
    expect(problems).toContain(
      "turn 1: the choice is 'acknowledge_and_stay' in the file, 'explain_the_cause' by replay",
    );
    expect(attempt.scorecard).toEqual(other.scorecard);
    expect(attempt.verification?.claimed).toEqual(played.scorecard);
  });

  it('a timeout edited out of the log no longer replays', () => {
    const waited = playAttempt(loaded, { attemptId: 'verify-2', decisions: ['wait'] });
    const entry = entryOf(
      waited,
      (f) => (f.attempt.events = f.attempt.events.filter((e) => e.type !== 'timeout')),
    );
    const problems = verifyAttempt(entry, find, context).verification?.problems ?? [];
    expect(problems[0]).toMatch(
      /^the log no longer replays: the scenario fires a timeout of '.*' after \d+ ms/,
    );
  });

  it("an unknown scenario version cannot be verified: kept with the file's scorecard", () => {
    const entry = entryOf(played, (f) => {
      f.attempt.scenarioFingerprint = 'f'.repeat(64);
      f.scorecard.overall = 99;
    });
    const attempt = verifyAttempt(entry, find, context);
    expect(attempt.status).toBe('finished');
    expect(attempt.scorecard?.overall).toBe(99);
    expect(attempt.verification).toEqual({
      status: 'cannot-verify',
      problems: [
        "this app does not have the version of scenario 'the-angry-caller' this attempt was played on (fingerprint ffffffffffff…)",
      ],
      importedAt: NOW,
      source: 'dana.json',
    });
  });

  it('an unfinished log is in progress, and its file claiming an ending is altered', () => {
    const partial = playAttempt(loaded, {
      attemptId: 'verify-3',
      decisions: [1, 2],
      stopEarly: true,
    });
    const entry = entryOf(played, (f) => (f.attempt = cloneJson(partial.attempt)));
    const attempt = verifyAttempt(entry, find, context);
    expect(attempt.status).toBe('in-progress');
    expect(attempt.verification?.problems).toContain(
      "the ending is 'He cancels and buys elsewhere' in the file, none by replay",
    );
  });

  it("takes a bundle's status and time when they hold, and the replay's when not", () => {
    const partial = playAttempt(loaded, { attemptId: 'verify-4', decisions: [1], stopEarly: true });
    const base = { file: 'b.json', entry: 0, log: partial.attempt, updatedAt: 7 };
    const abandoned = verifyAttempt({ ...base, status: 'abandoned' }, find, context);
    expect([abandoned.status, abandoned.updatedAt, abandoned.scorecard]).toEqual([
      'abandoned',
      7,
      undefined,
    ]);
    expect(abandoned.verification?.status).toBe('verified');
    const claimsFinished = verifyAttempt({ ...base, status: 'finished' }, find, context);
    expect(claimsFinished.status).toBe('in-progress');
    expect(claimsFinished.verification?.problems).toEqual([
      'the file says the attempt is finished, but its log does not reach an ending',
    ]);
    const unsaved = verifyAttempt(
      { ...base, log: played.attempt, status: 'in-progress' },
      find,
      context,
    );
    expect(unsaved.status).toBe('finished');
    expect(unsaved.scorecard).toEqual(played.scorecard);
  });

  it('an empty log: updatedAt is the start', () => {
    const empty = playAttempt(loaded, { attemptId: 'verify-5', decisions: [], stopEarly: true });
    const attempt = verifyAttempt({ file: 'x.json', log: empty.attempt }, find, context);
    expect(attempt.updatedAt).toBe(empty.attempt.startedAt);
    expect(attempt.status).toBe('in-progress');
  });

  it('an altered attempt stays altered when a bundle carries it on (its claim is checked)', () => {
    const first = verifyAttempt(
      entryOf(played, (f) => (f.scorecard.overall = 96)),
      find,
      context,
    );
    const { scorecard, verification } = first;
    const again = verifyAttempt(
      {
        file: 'backup.json',
        entry: 0,
        log: first.log,
        status: first.status,
        updatedAt: first.updatedAt,
        ...(scorecard ? { scorecard } : {}),
        ...(verification ? { verification } : {}),
      },
      find,
      { now: NOW + 1, source: 'backup.json' },
    );
    expect(again).toEqual(first);
  });

  it('a verified attempt whose bundle record was forged is checked again', () => {
    const forged: ImportEntry = {
      file: 'backup.json',
      log: played.attempt,
      scorecard: { ...played.scorecard, overall: 100 },
      verification: { status: 'verified', problems: [], importedAt: 1, source: 'x.json' },
    };
    const attempt = verifyAttempt(forged, find, context);
    expect(attempt.verification).toMatchObject({
      status: 'altered',
      importedAt: NOW,
      source: 'dana.json',
    });
    expect(attempt.verification?.problems).toEqual(['overall is 100 in the file, 82 by replay']);
  });
});
