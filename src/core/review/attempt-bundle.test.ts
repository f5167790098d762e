import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { BUNDLE_FORMAT, bundleParts, bundleText } from './attempt-bundle.ts';
import { planImport } from './plan-import.ts';
import { readAttemptFile } from './read-attempt-file.ts';
import type { ReviewAttempt } from './review-types.ts';
import { checkedScenario, cloneJson, downloadText, playAttempt } from './test-attempts.ts';
import { verifyAttempt } from './verify-attempt.ts';

const loaded = checkedScenario(
  readFileSync(new URL('../../../scenarios/the-angry-caller.yaml', import.meta.url), 'utf8'),
  'scenarios/the-angry-caller.yaml',
);
const find = (fingerprint: string): LoadedScenario | undefined =>
  fingerprint === loaded.fingerprint ? loaded : undefined;
const NOW = 1_800_000_000_000;

/** The file as imported on another computer: read, then verified. */
function imported(name: string, text: string): ReviewAttempt {
  const [entry] = readAttemptFile(name, text).entries;
  if (entry === undefined) throw new Error(`${name} did not read`);
  return verifyAttempt(entry, find, { now: 1_750_000_000_000, source: name });
}

/** Attempts of every kind the review holds: local and imported, finished and not. */
function everyKind(): ReviewAttempt[] {
  const finished = playAttempt(loaded, { attemptId: 'b-local', decisions: [1, 'pause', 2, 0, 1] });
  const waited = playAttempt(loaded, {
    attemptId: 'b-wait',
    decisions: [1, 'wait'],
    trainee: 'Anaïs "Nan" O\'Brien, Ph.D.',
  });
  const partial = playAttempt(loaded, { attemptId: 'b-partial', decisions: [2], stopEarly: true });
  const dropped = playAttempt(loaded, {
    attemptId: 'b-dropped',
    decisions: [3, 'pause'],
    stopEarly: true,
    mode: 'practice',
  });
  const verified = playAttempt(loaded, { attemptId: 'b-verified', decisions: [2, 2, 2, 2] });
  const inflated = cloneJson(playAttempt(loaded, { attemptId: 'b-altered', decisions: [3, 3] }));
  inflated.scorecard.overall = 100;
  const unknown = cloneJson(playAttempt(loaded, { attemptId: 'b-unknown', decisions: [0] }));
  unknown.attempt.scenarioFingerprint = 'a'.repeat(64);
  const broken = cloneJson(playAttempt(loaded, { attemptId: 'b-broken', decisions: [1, 2, 0, 1] }));
  const first = broken.attempt.events[0];
  if (first?.type === 'reply') first.option = 'hang_up_on_him';
  return [
    {
      log: finished.attempt,
      status: 'finished',
      updatedAt: 1_700_000_090_000,
      scorecard: finished.scorecard,
    },
    {
      log: waited.attempt,
      status: 'finished',
      updatedAt: 1_700_000_500_000,
      scorecard: waited.scorecard,
    },
    { log: partial.attempt, status: 'in-progress', updatedAt: 1_700_000_004_000 },
    { log: dropped.attempt, status: 'abandoned', updatedAt: 1_700_000_064_000 },
    imported('verified.json', downloadText(verified)),
    imported('altered.json', downloadText(inflated)),
    imported('unknown.json', downloadText(unknown)),
    imported('broken.json', downloadText(broken)),
  ];
}

describe('attempt bundles', () => {
  const attempts = everyKind();

  it('hold what the test means them to: every verdict', () => {
    expect(attempts.map((a) => [a.status, a.verification?.status ?? 'local'])).toEqual([
      ['finished', 'local'],
      ['finished', 'local'],
      ['in-progress', 'local'],
      ['abandoned', 'local'],
      ['finished', 'verified'],
      ['finished', 'altered'],
      ['finished', 'cannot-verify'],
      ['in-progress', 'altered'],
    ]);
    expect(attempts[3]?.log.events.map((e) => e.type)).toEqual(['reply', 'pause', 'resume']);
  });

  it('write the header, then one attempt per line, as JSON', () => {
    const text = bundleText(attempts, NOW);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(attempts.length + 2);
    expect(lines[0]).toBe(`{"format":"${BUNDLE_FORMAT}","exportedAt":${NOW},"attempts":[`);
    expect(lines.at(-1)).toBe(']}');
    expect(JSON.parse(lines[1]?.replace(/,$/, '') ?? '')).toEqual(attempts[0]);
    expect(JSON.parse(text)).toEqual({ format: BUNDLE_FORMAT, exportedAt: NOW, attempts });
    expect(bundleParts(attempts, NOW).join('')).toBe(text);
  });

  it('write only the fields of an attempt, in a fixed order', () => {
    const [first] = attempts;
    if (first === undefined) throw new Error('no attempt');
    const stored = {
      attemptId: 'b-local',
      trainee: 'x',
      verification: undefined,
      scorecard: first.scorecard,
      updatedAt: first.updatedAt,
      status: first.status,
      log: first.log,
    };
    const line = bundleParts([stored], NOW)[1] ?? '';
    expect(Object.keys(JSON.parse(line) as object)).toEqual([
      'log',
      'status',
      'updatedAt',
      'scorecard',
    ]);
  });

  it('import back losslessly: export, read, plan gives every attempt back', () => {
    const plan = planImport(
      [{ name: 'backup.json', text: bundleText(attempts, NOW) }],
      () => undefined,
      find,
      NOW,
    );
    expect(plan.summary).toEqual({
      files: 1,
      added: attempts.length,
      verified: 5,
      altered: 2,
      cannotVerify: 1,
      duplicates: 0,
      rejected: [],
    });
    plan.toStore.forEach((back, i) => {
      const original = attempts[i];
      // Local attempts gain a record of this import; imported ones keep theirs, unchanged.
      const verification = original?.verification ?? {
        status: 'verified',
        problems: [],
        importedAt: NOW,
        source: 'backup.json',
      };
      expect(back).toStrictEqual({ ...original, verification });
    });
  });

  it('export again to the same text once every attempt has been imported', () => {
    const once = planImport(
      [{ name: 'a.json', text: bundleText(attempts, NOW) }],
      () => undefined,
      find,
      NOW,
    ).toStore;
    const twice = planImport(
      [{ name: 'b.json', text: bundleText(once, NOW) }],
      () => undefined,
      find,
      NOW + 1,
    ).toStore;
    expect(bundleText(twice, NOW)).toBe(bundleText(once, NOW));
  });

  it('keep an altered verdict through another review without the scenario', () => {
    const plan = planImport(
      [{ name: 'backup.json', text: bundleText(attempts, NOW) }],
      () => undefined,
      () => undefined,
      NOW,
    );
    const altered = plan.toStore.find((a) => a.log.attemptId === 'b-altered');
    expect(altered?.verification?.status).toBe('cannot-verify');
    expect(altered?.verification?.problems).toContain(
      'an earlier import found it altered: overall is 100 in the file, 79 by replay',
    );
    expect(altered?.verification?.claimed?.overall).toBe(100);
    expect(altered?.scorecard?.overall).toBe(79);
  });
});
