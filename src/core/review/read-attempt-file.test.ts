import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleText } from './attempt-bundle.ts';
import { MAX_EVENTS, MAX_NAME_LENGTH } from './attempt-file-schema.ts';
import type { AttemptFileContents } from './import-types.ts';
import { readAttemptFile } from './read-attempt-file.ts';
import type { ReviewAttempt } from './review-types.ts';
import { checkedScenario, cloneJson, downloadText, playAttempt } from './test-attempts.ts';

const SCENARIO_FILE = 'scenarios/the-angry-caller.yaml';
const scenarioText = readFileSync(
  new URL('../../../scenarios/the-angry-caller.yaml', import.meta.url),
  'utf8',
);
const loaded = checkedScenario(scenarioText, SCENARIO_FILE);
const download = playAttempt(loaded, { attemptId: 'read-1', decisions: [1, 'wait'] });
const finished: ReviewAttempt = {
  log: download.attempt,
  status: 'finished',
  updatedAt: 1_700_000_100_000,
  scorecard: download.scorecard,
};

/** The one reason a file was refused for, failing when it was not refused as a whole. */
function reasonOf(contents: AttemptFileContents): string {
  expect(contents.entries).toEqual([]);
  expect(contents.rejected).toHaveLength(1);
  const [rejection] = contents.rejected;
  expect(rejection?.entry).toBeUndefined();
  return rejection?.reason ?? '';
}

/** A download edited through `edit` (on a deep copy). */
function edited(
  edit: (file: { attempt: Record<string, unknown>; scorecard: Record<string, unknown> }) => void,
): string {
  const copy = cloneJson(download) as unknown as {
    attempt: Record<string, unknown>;
    scorecard: Record<string, unknown>;
  };
  edit(copy);
  return JSON.stringify(copy);
}

const events = (file: { attempt: Record<string, unknown> }): Record<string, unknown>[] =>
  file.attempt.events as Record<string, unknown>[];

describe('readAttemptFile: what it takes', () => {
  it('reads a trainee download: the log and the scorecard, exactly', () => {
    const contents = readAttemptFile('dana.json', downloadText(download));
    expect(contents.rejected).toEqual([]);
    expect(contents.entries).toEqual([
      { file: 'dana.json', log: download.attempt, scorecard: download.scorecard },
    ]);
  });

  it('reads a download with a byte-order mark and keys in another order', () => {
    const { attempt, scorecard } = cloneJson(download);
    const reordered = { scorecard, attempt: Object.fromEntries(Object.entries(attempt).reverse()) };
    const contents = readAttemptFile('bom.json', `\ufeff${JSON.stringify(reordered)}`);
    expect(contents.rejected).toEqual([]);
    expect(contents.entries[0]?.log).toEqual(download.attempt);
  });

  it('reads a JSON list of downloads, numbering the entries from 0', () => {
    const second = playAttempt(loaded, { attemptId: 'read-2', decisions: [3] });
    const contents = readAttemptFile('two.json', JSON.stringify([download, second]));
    expect(contents.rejected).toEqual([]);
    expect(contents.entries.map((e) => [e.entry, e.log.attemptId])).toEqual([
      [0, 'read-1'],
      [1, 'read-2'],
    ]);
  });

  it('reads a bare log (no scorecard): the log is the truth', () => {
    const contents = readAttemptFile('log.json', JSON.stringify(download.attempt));
    expect(contents.rejected).toEqual([]);
    expect(contents.entries).toEqual([{ file: 'log.json', log: download.attempt }]);
  });

  it('reads a bundle with its statuses, times and verification records', () => {
    const imported: ReviewAttempt = {
      ...cloneJson(finished),
      log: { ...cloneJson(finished.log), attemptId: 'read-3' },
      verification: { status: 'verified', problems: [], importedAt: 5, source: 'sam.json' },
    };
    const contents = readAttemptFile('backup.json', bundleText([finished, imported], 9));
    expect(contents.rejected).toEqual([]);
    expect(contents.entries[0]).toEqual({ file: 'backup.json', entry: 0, ...finished });
    expect(contents.entries[1]).toEqual({ file: 'backup.json', entry: 1, ...imported });
  });

  it('drops unknown fields of a scorecard but refuses unknown fields of a log', () => {
    const loose = readAttemptFile(
      'loose.json',
      edited((f) => (f.scorecard.colour = 'gold')),
    );
    expect(loose.rejected).toEqual([]);
    expect(loose.entries[0]?.scorecard).toEqual(download.scorecard);
    const strict = readAttemptFile(
      'strict.json',
      edited((f) => (f.attempt.colour = 'gold')),
    );
    expect(reasonOf(strict)).toBe("attempt has an unknown field 'colour'");
  });
});

describe('readAttemptFile: what it refuses, and why', () => {
  it.each([
    ['an empty file', '', 'the file is empty'],
    ['blank lines', '\n  \n', 'the file is empty'],
    ['null', 'null', 'the file holds null, not an attempt'],
    ['a number', '42', 'the file holds a number (42), not an attempt'],
    ['a string', '"hello"', "the file holds the text 'hello', not an attempt"],
    ['an empty object', '{}', 'the file is an empty object, not an attempt'],
    ['an empty list', '[]', 'the list holds no attempts'],
    [
      'some other object',
      '{"name":"Dana","score":96}',
      "the file is not an attempt: it has neither the fields of a downloaded attempt ('attempt', 'scorecard') nor those of a bundle ('format', 'attempts')",
    ],
    [
      'a JSON scenario',
      JSON.stringify({ format: 'cx-scenario/1', id: 'x' }),
      'this is a scenario file, not an attempt',
    ],
    [
      'a scenario without its tag',
      JSON.stringify({ id: 'x', machine: {} }),
      'this looks like a scenario (it has a machine), not an attempt',
    ],
    [
      'a bundle of a later format',
      JSON.stringify({ format: 'extra-mile-attempts/2', exportedAt: 1, attempts: [] }),
      "the bundle has format 'extra-mile-attempts/2'; this app reads 'extra-mile-attempts/1'",
    ],
    [
      'a bundle without its tag',
      JSON.stringify({ exportedAt: 1, attempts: [] }),
      "the bundle has no format tag ('extra-mile-attempts/1')",
    ],
    [
      'a bundle without attempts',
      JSON.stringify({ format: 'extra-mile-attempts/1', exportedAt: 1 }),
      "the bundle's attempts must be a list, not undefined",
    ],
    [
      'a bundle with no export time',
      JSON.stringify({ format: 'extra-mile-attempts/1', attempts: [] }),
      "the bundle's exportedAt must be a time (epoch ms), not undefined",
    ],
    [
      'an empty bundle',
      JSON.stringify({ format: 'extra-mile-attempts/1', exportedAt: 1, attempts: [] }),
      'the bundle holds no attempts',
    ],
  ])('%s', (_what, text, reason) => {
    expect(reasonOf(readAttemptFile('f.json', text))).toBe(reason);
  });

  it('a file that is not JSON, with what JSON.parse said', () => {
    const reason = reasonOf(readAttemptFile('scores.csv', 'trainee,overall\nDana,96\n'));
    expect(reason).toMatch(/^the file is not JSON: Unexpected token/);
  });

  it('a scenario in YAML', () => {
    expect(reasonOf(readAttemptFile('scenarios/the-angry-caller.yaml', scenarioText))).toBe(
      'this is a scenario file, not an attempt',
    );
  });

  it('deep nesting, without a stack overflow', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const contents = readAttemptFile('deep.json', deep);
    expect(contents.entries).toEqual([]);
    expect(contents.rejected).toEqual([
      { file: 'deep.json', entry: 0, reason: 'the entry holds a list, not an attempt' },
    ]);
    const deepObject = `{"attempt":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)},"scorecard":{}}`;
    expect(reasonOf(readAttemptFile('deep-object.json', deepObject))).toMatch(
      /^attempt\.format is missing/,
    );
  });

  it('huge strings, without echoing them', () => {
    const huge = 'x'.repeat(10_000_000);
    const reason = reasonOf(
      readAttemptFile(
        'huge.json',
        edited((f) => (f.attempt.trainee = huge)),
      ),
    );
    expect(reason).toBe(`attempt.trainee is longer than ${MAX_NAME_LENGTH} characters`);
    const notJson = reasonOf(readAttemptFile('huge.txt', huge));
    expect(notJson.length).toBeLessThan(200);
  });

  it('too many events', () => {
    const many = Array.from({ length: MAX_EVENTS + 1 }, (_, i) => ({ type: 'pause', t: i, at: i }));
    const reason = reasonOf(
      readAttemptFile(
        'long.json',
        edited((f) => (f.attempt.events = many)),
      ),
    );
    expect(reason).toBe(`attempt.events holds more than ${MAX_EVENTS} items`);
  });

  it.each<
    [
      string,
      (f: { attempt: Record<string, unknown>; scorecard: Record<string, unknown> }) => void,
      string,
    ]
  >([
    [
      'a wrong log format tag',
      (f) => (f.attempt.format = 'cx-attempt/2'),
      "attempt.format must be 'cx-attempt/1', not 'cx-attempt/2'",
    ],
    [
      'an event time that is text',
      (f) => ((events(f)[1] ?? {}).t = 'soon'),
      "attempt.events[1].t must be a number, not 'soon'",
    ],
    [
      'a negative event time',
      (f) => ((events(f)[0] ?? {}).t = -5),
      'attempt.events[0].t must be at least 0',
    ],
    [
      'a start time that is text',
      (f) => (f.attempt.startedAt = 'today'),
      "attempt.startedAt must be a number, not 'today'",
    ],
    [
      'a missing event time',
      (f) => delete (events(f)[2] ?? {}).at,
      'attempt.events[2].at is missing',
    ],
    [
      'an unknown event type',
      (f) => ((events(f)[0] ?? {}).type = 'bribe'),
      "attempt.events[0].type must be 'reply', 'timeout', 'pause' or 'resume', not 'bribe'",
    ],
    [
      'a missing event type',
      (f) => delete (events(f)[0] ?? {}).type,
      "attempt.events[0].type is missing (it must be 'reply', 'timeout', 'pause' or 'resume')",
    ],
    [
      'an unknown mode',
      (f) => (f.attempt.mode = 'exam'),
      "attempt.mode must be 'practice' or 'assessment', not 'exam'",
    ],
    [
      'a fingerprint that is not one',
      (f) => (f.attempt.scenarioFingerprint = 'v2'),
      'attempt.scenarioFingerprint must be a scenario fingerprint (64 hexadecimal digits)',
    ],
    ['an empty id', (f) => (f.attempt.attemptId = ''), 'attempt.attemptId must not be empty'],
    [
      'events that are not a list',
      (f) => (f.attempt.events = {}),
      'attempt.events must be a list, not an object',
    ],
    [
      'no scorecard',
      (f) => delete (f as { scorecard?: unknown }).scorecard,
      'scorecard is missing',
    ],
    [
      'a scorecard without its overall',
      (f) => delete f.scorecard.overall,
      'scorecard.overall is missing',
    ],
    [
      'a dimension score that is text',
      (f) =>
        ((f.scorecard.dimensions as Record<string, Record<string, unknown>>).tone!.score = 'A+'),
      "scorecard.dimensions.tone.score must be a number, not 'A+'",
    ],
    [
      'several problems',
      (f) => {
        f.attempt.mode = 'exam';
        f.attempt.trainee = 7;
      },
      'attempt.trainee must be text, not 7 (and 1 more problem)',
    ],
  ])('%s', (_what, edit, reason) => {
    expect(reasonOf(readAttemptFile('f.json', edited(edit)))).toBe(reason);
  });

  it('a number too large for JSON numbers to hold', () => {
    const text = edited((f) => (f.attempt.startedAt = 1)).replace(
      '"startedAt":1',
      '"startedAt":1e999',
    );
    expect(reasonOf(readAttemptFile('f.json', text))).toBe(
      'attempt.startedAt must be a number, not Infinity',
    );
  });

  it('a date no calendar can show (it would break every screen that shows it)', () => {
    const text = edited((f) => (f.attempt.startedAt = 1e20));
    expect(reasonOf(readAttemptFile('f.json', text))).toMatch(
      /^attempt\.startedAt must be a date a calendar can show/,
    );
  });

  it('more active time than any conversation takes', () => {
    const text = edited((f) => {
      const first = events(f)[0];
      if (first !== undefined) first.t = 1e15;
    });
    expect(reasonOf(readAttemptFile('f.json', text))).toMatch(/t must be at most 30 days/);
  });

  it('a bad entry of a bundle refuses only that entry', () => {
    const broken = cloneJson(finished) as unknown as { log: { events: { t: unknown }[] } };
    const event = broken.log.events[2];
    if (event !== undefined) event.t = 'later';
    const second = {
      ...cloneJson(finished),
      log: { ...cloneJson(finished.log), attemptId: 'read-4' },
    };
    const text = bundleText([finished, broken as unknown as ReviewAttempt, second], 1);
    const contents = readAttemptFile('backup.json', text);
    expect(contents.entries.map((e) => e.entry)).toEqual([0, 2]);
    expect(contents.rejected).toEqual([
      { file: 'backup.json', entry: 1, reason: "log.events[2].t must be a number, not 'later'" },
    ]);
  });

  it('a bad entry of a list refuses only that entry', () => {
    const noLog = { scorecard: download.scorecard };
    const text = JSON.stringify([
      download,
      null,
      noLog,
      { ...download.attempt, format: 'cx-attempt/0' },
    ]);
    const contents = readAttemptFile('list.json', text);
    expect(contents.entries.map((e) => e.entry)).toEqual([0]);
    expect(contents.rejected).toEqual([
      { file: 'list.json', entry: 1, reason: 'the entry holds null, not an attempt' },
      { file: 'list.json', entry: 2, reason: 'attempt is missing' },
      {
        file: 'list.json',
        entry: 3,
        reason: "the attempt has format 'cx-attempt/0'; this app reads 'cx-attempt/1'",
      },
    ]);
  });

  it('a bundle entry with an unknown status', () => {
    const text = bundleText(
      [{ ...finished, status: 'graded' as unknown as ReviewAttempt['status'] }],
      1,
    );
    const [rejection] = readAttemptFile('b.json', text).rejected;
    expect(rejection?.reason).toBe(
      "status must be 'in-progress', 'finished' or 'abandoned', not 'graded'",
    );
  });

  it('never throws, whatever the text', () => {
    const texts = [
      '{',
      '[1,',
      '{"attempt":null,"scorecard":null}',
      '{"format":5}',
      '[[[]]]',
      '"\\u0000"',
      'true',
    ];
    for (const text of texts) {
      const contents = readAttemptFile('x.json', text);
      expect(contents.entries).toEqual([]);
      expect(contents.rejected.length).toBeGreaterThan(0);
      for (const r of contents.rejected) expect(r.reason).not.toBe('');
    }
  });
});
