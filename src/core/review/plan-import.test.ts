import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AttemptLog } from '../attempt/attempt-log.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { bundleText } from './attempt-bundle.ts';
import type { AttemptFile } from './attempt-file-types.ts';
import type { ImportPlan } from './import-types.ts';
import {
  attemptIdsOf,
  PLAN_PROGRESS_EVERY,
  planEntries,
  planImport,
  readDroppedFiles,
} from './plan-import.ts';
import type { ReviewAttempt } from './review-types.ts';
import { checkedScenario, cloneJson, downloadText, playAttempt } from './test-attempts.ts';

const SCENARIO_TEXT = readFileSync(
  new URL('../../../scenarios/the-angry-caller.yaml', import.meta.url),
  'utf8',
);
const loaded = checkedScenario(SCENARIO_TEXT, 'scenarios/the-angry-caller.yaml');
const find = (fingerprint: string): LoadedScenario | undefined =>
  fingerprint === loaded.fingerprint ? loaded : undefined;
const NOW = 1_800_000_000_000;
const nothingStored = (): undefined => undefined;

const dana = playAttempt(loaded, {
  attemptId: 'plan-dana',
  decisions: [1, 2, 0, 1],
  trainee: 'Dana',
});
const sam = playAttempt(loaded, { attemptId: 'plan-sam', decisions: [2, 2, 2, 2], trainee: 'Sam' });

/** The same JSON with every object's keys in reverse order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversedKeys(v)]),
  );
}

/** Freezes a value and everything in it, so that any write to it throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A store holding these logs, frozen. */
function storeOf(...logs: AttemptLog[]): (id: string) => { log: AttemptLog } | undefined {
  const byId = new Map(logs.map((log) => [log.attemptId, deepFreeze({ log: cloneJson(log) })]));
  return (id) => byId.get(id);
}

describe('planImport', () => {
  it('adds a valid download, verified', () => {
    const plan = planImport(
      [{ name: 'dana.json', text: downloadText(dana) }],
      nothingStored,
      find,
      NOW,
    );
    expect(plan.summary).toEqual({
      files: 1,
      added: 1,
      verified: 1,
      altered: 0,
      cannotVerify: 0,
      duplicates: 0,
      rejected: [],
    });
    expect(plan.toStore[0]?.verification).toEqual({
      status: 'verified',
      problems: [],
      importedAt: NOW,
      source: 'dana.json',
    });
  });

  it('stores the same attempt once when it comes twice in a batch, whatever its key order', () => {
    const files = [
      { name: 'dana.json', text: downloadText(dana) },
      { name: 'dana (1).json', text: JSON.stringify(reversedKeys(dana)) },
      { name: 'both.json', text: JSON.stringify([sam, dana]) },
    ];
    const plan = planImport(files, nothingStored, find, NOW);
    expect(plan.toStore.map((a) => a.log.attemptId)).toEqual(['plan-dana', 'plan-sam']);
    expect(plan.summary).toMatchObject({ added: 2, verified: 2, duplicates: 2, rejected: [] });
  });

  it('does not store again an attempt already stored with the same log', () => {
    const stored = storeOf(reversedKeys(dana.attempt) as AttemptLog);
    const plan = planImport([{ name: 'dana.json', text: downloadText(dana) }], stored, find, NOW);
    expect(plan.toStore).toEqual([]);
    expect(plan.summary).toMatchObject({ added: 0, duplicates: 1, rejected: [] });
  });

  it('refuses an id already stored with a different log, and keeps the stored one', () => {
    const other = cloneJson(sam);
    other.attempt.attemptId = 'plan-dana';
    const stored = storeOf(dana.attempt);
    const plan = planImport(
      [{ name: 'forged.json', text: downloadText(other) }],
      stored,
      find,
      NOW,
    );
    expect(plan.toStore).toEqual([]);
    expect(plan.summary.rejected).toEqual([
      {
        file: 'forged.json',
        reason:
          'an attempt with this id is already stored with a different log; kept the stored one',
      },
    ]);
  });

  it('refuses an id that comes earlier in the batch with a different log', () => {
    const other = cloneJson(sam);
    other.attempt.attemptId = 'plan-dana';
    const files = [
      { name: 'dana.json', text: downloadText(dana) },
      { name: 'list.json', text: JSON.stringify([sam, other]) },
    ];
    const plan = planImport(files, nothingStored, find, NOW);
    expect(plan.toStore.map((a) => a.log.attemptId)).toEqual(['plan-dana', 'plan-sam']);
    expect(plan.summary.rejected).toEqual([
      {
        file: 'list.json',
        entry: 1,
        reason:
          'an attempt with this id comes earlier in this import (dana.json) with a different log; kept that one',
      },
    ]);
  });

  it('sums up a mixed batch; nothing stored changes and nothing stored is planned', () => {
    const altered = cloneJson(sam);
    altered.scorecard.dimensions.tone.score = 99;
    altered.attempt.attemptId = 'plan-altered';
    const unknown = cloneJson(sam);
    unknown.attempt.attemptId = 'plan-unknown';
    unknown.attempt.scenarioFingerprint = '0'.repeat(64);
    const brokenEntry = cloneJson(dana) as unknown as {
      attempt: { attemptId: string; events: unknown[] };
    };
    brokenEntry.attempt.attemptId = 'plan-broken';
    brokenEntry.attempt.events[0] = { type: 'reply', t: 'x', at: 0, option: 'a' };
    const files = [
      { name: 'dana.json', text: downloadText(dana) },
      { name: 'sam.json', text: downloadText(sam) },
      { name: 'altered.json', text: downloadText(altered) },
      { name: 'unknown.json', text: downloadText(unknown) },
      { name: 'list.json', text: JSON.stringify([brokenEntry, dana]) },
      { name: 'scenario.yaml', text: SCENARIO_TEXT },
      { name: 'notes.txt', text: 'remember to call Dana' },
      { name: 'empty.json', text: '' },
    ];
    const stored = storeOf(sam.attempt);
    const plan = planImport(files, stored, find, NOW);
    expect(plan.toStore.map((a) => [a.log.attemptId, a.verification?.status])).toEqual([
      ['plan-dana', 'verified'],
      ['plan-altered', 'altered'],
      ['plan-unknown', 'cannot-verify'],
    ]);
    expect(plan.toStore.some((a) => stored(a.log.attemptId) !== undefined)).toBe(false);
    expect(plan.summary).toEqual({
      files: 8,
      added: 3,
      verified: 1,
      altered: 1,
      cannotVerify: 1,
      duplicates: 2,
      rejected: [
        { file: 'list.json', entry: 0, reason: "attempt.events[0].t must be a number, not 'x'" },
        { file: 'scenario.yaml', reason: 'this is a scenario file, not an attempt' },
        {
          file: 'notes.txt',
          reason: expect.stringMatching(/^the file is not JSON: /) as unknown as string,
        },
        { file: 'empty.json', reason: 'the file is empty' },
      ],
    });
    expect(plan.toStore[1]?.verification?.problems).toEqual([
      'Tone is 99 in the file, 75 by replay',
    ]);
  });
});

describe('planImport in two halves: readDroppedFiles, then planEntries', () => {
  const altered = cloneJson(sam);
  altered.attempt.attemptId = 'halves-altered';
  altered.scorecard.overall = 1;
  const other = cloneJson(sam);
  other.attempt.attemptId = 'plan-dana';
  const files = [
    { name: 'dana.json', text: downloadText(dana) },
    { name: 'list.json', text: JSON.stringify([sam, 42, other, altered, dana]) },
    { name: 'notes.txt', text: 'not an attempt' },
  ];

  it('plans exactly what planImport plans, whatever is stored', () => {
    for (const stored of [nothingStored, storeOf(sam.attempt), storeOf(other.attempt)]) {
      const read = readDroppedFiles(files);
      expect(planEntries(read, stored, find, NOW)).toEqual(planImport(files, stored, find, NOW));
      // The read files are left as they were: planning them again gives the same plan.
      expect(planEntries(read, stored, find, NOW)).toEqual(planEntries(read, stored, find, NOW));
    }
  });

  it('lists each attempt id the files hold once, in first-seen order, none of refused entries', () => {
    expect(attemptIdsOf(readDroppedFiles(files))).toEqual([
      'plan-dana',
      'plan-sam',
      'halves-altered',
    ]);
    expect(attemptIdsOf(readDroppedFiles([{ name: 'x.json', text: '[1, 2]' }]))).toEqual([]);
  });

  it('asks the store about no other ids than those listed', () => {
    const read = readDroppedFiles(files);
    const asked = new Set<string>();
    planEntries(
      read,
      (id) => {
        asked.add(id);
        return undefined;
      },
      find,
      NOW,
    );
    expect([...asked].sort()).toEqual(attemptIdsOf(read).sort());
  });

  it(`reports progress every ${PLAN_PROGRESS_EVERY} attempts checked, duplicates included`, () => {
    const count = PLAN_PROGRESS_EVERY * 2 + 50;
    const list = JSON.stringify(Array.from({ length: count }, () => dana));
    const read = readDroppedFiles([
      { name: 'many.json', text: list },
      { name: 'notes.txt', text: 'not an attempt' },
    ]);
    const reports: [number, number][] = [];
    const plan = planEntries(read, nothingStored, find, NOW, (checked, total) =>
      reports.push([checked, total]),
    );
    expect(reports).toEqual([
      [PLAN_PROGRESS_EVERY, count],
      [PLAN_PROGRESS_EVERY * 2, count],
    ]);
    expect(plan.summary).toMatchObject({ added: 1, duplicates: count - 1 });
  });
});

describe('planImport: a large file', () => {
  // One file serves both checks: building and replaying it is most of this test's time.
  const COUNT = 10_000;
  let text = '';
  let plan: ImportPlan = {
    toStore: [],
    summary: {
      files: 0,
      added: 0,
      verified: 0,
      altered: 0,
      cannotVerify: 0,
      duplicates: 0,
      rejected: [],
    },
  };
  beforeAll(() => {
    const attempts = Array.from({ length: COUNT }, (_, i): ReviewAttempt => {
      const file: AttemptFile = i % 2 === 0 ? dana : sam;
      return {
        log: { ...file.attempt, attemptId: `big-${i}`, trainee: `Trainee ${i % 300}` },
        status: 'finished',
        updatedAt: file.attempt.startedAt + i,
        scorecard: file.scorecard,
      };
    });
    text = bundleText(attempts, NOW);
    plan = planImport([{ name: 'big.json', text }], nothingStored, find, NOW);
  }, 120_000);

  it('reads and plans a file of more than 50 MB without error', () => {
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(plan.summary.rejected).toEqual([]);
    expect(plan.summary.files).toBe(1);
  });

  it('plans every one of 10,000 attempts, each verified by replay', () => {
    expect(plan.summary).toEqual({
      files: 1,
      added: COUNT,
      verified: COUNT,
      altered: 0,
      cannotVerify: 0,
      duplicates: 0,
      rejected: [],
    });
    expect(new Set(plan.toStore.map((a) => a.log.attemptId)).size).toBe(COUNT);
    expect(plan.toStore[COUNT - 1]).toMatchObject({
      status: 'finished',
      updatedAt: sam.attempt.startedAt + COUNT - 1,
      scorecard: sam.scorecard,
    });
  });
});
