import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ATTEMPTS_CSV_HEADER,
  attemptCsvCells,
  attemptsToCsv,
  neutralizeFormula,
  parseCsv,
} from './attempts-csv.ts';
import type { AttemptSummary } from './review-types.ts';
import { summaryRow } from './testing/summary-row.ts';

const TITLES: Record<string, string> = {
  charged: 'Charged after two weeks',
  quoted: 'The "free" upgrade, again',
};
const titleOf = (id: string): string => TITLES[id] ?? id;

/** This file's usual attempt, on the shared test row. */
const summary = (attemptId: string, overrides: Partial<AttemptSummary> = {}): AttemptSummary =>
  summaryRow(attemptId, {
    ...{
      trainee: 'Ana',
      startedAt: Date.UTC(2025, 0, 31, 9, 5, 7, 123),
      updatedAt: 0,
      overall: 72,
      scores: { tone: 80, promptness: 65, extraMile: 70 },
      pass: true,
      ending: 'Refund sorted',
      review: 5,
    },
    ...overrides,
  });

const BOM = '\uFEFF';

describe('attemptsToCsv', () => {
  it('starts with a byte order mark and a header, and ends every line with CRLF', () => {
    const csv = attemptsToCsv([summary('a1')], titleOf);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Attempt ID,Trainee,Scenario,Scenario ID,Started (UTC),Mode,Status,Overall,Tone,Promptness,Extra mile,Pass,Ending,Customer stayed,Stars,Verification',
      'a1,Ana,Charged after two weeks,charged,2025-01-31T09:05:07.123Z,practice,finished,72,80,65,70,yes,Refund sorted,yes,5,local',
      '',
    ]);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes only the header for no attempts', () => {
    expect(attemptsToCsv([], titleOf)).toBe(`${BOM}${ATTEMPTS_CSV_HEADER.join(',')}\r\n`);
  });

  it('leaves cells empty where there is no value', () => {
    const row = summary('a2', {
      status: 'in-progress',
      overall: null,
      scores: { tone: null, promptness: 40, extraMile: null },
      pass: null,
      ending: null,
      retained: null,
      review: null,
      verification: 'cannot-verify',
    });
    const line = attemptsToCsv([row], titleOf).split('\r\n')[1];
    expect(line).toBe(
      'a2,Ana,Charged after two weeks,charged,2025-01-31T09:05:07.123Z,practice,in-progress,,,40,,,,,,cannot-verify',
    );
  });

  it('writes no for a failed attempt and a customer who left', () => {
    const cells = attemptCsvCells(summary('a', { pass: false, retained: false }), titleOf);
    expect(cells[11]).toBe('no');
    expect(cells[13]).toBe('no');
  });

  it('leaves the date empty when the start time is not a valid date', () => {
    for (const startedAt of [Number.NaN, 1e20, Number.POSITIVE_INFINITY]) {
      expect(attemptCsvCells(summary('a', { startedAt }), titleOf)[4]).toBe('');
    }
  });

  it('quotes cells with commas, quotes and line breaks, doubling quotes', () => {
    const row = summary('a3', {
      trainee: 'Okafor, Zoë',
      scenarioId: 'quoted',
      ending: 'Line one\r\nline "two"\nline three\rend',
    });
    const csv = attemptsToCsv([row], titleOf);
    expect(csv).toContain(',"Okafor, Zoë",');
    expect(csv).toContain(',"The ""free"" upgrade, again",');
    expect(csv).toContain(',"Line one\r\nline ""two""\nline three\rend",');
  });

  it('keeps accents and other scripts as written', () => {
    const names = ['Zoë Okafor', 'Łukasz Wójcik', '王芳', 'Ólafur Ragnarsson', 'Nguyễn Thị Ánh'];
    const csv = attemptsToCsv(
      names.map((trainee, i) => summary(`a${i}`, { trainee })),
      titleOf,
    );
    expect(
      parseCsv(csv)
        .slice(1)
        .map((cells) => cells[1]),
    ).toEqual(names);
    // Saved as UTF-8 it starts with the bytes Excel looks for, and reads back unchanged.
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
  });

  it('makes text cells that a spreadsheet would run as formulas inert', () => {
    const risky = ['=1+1', '+44 20 7946 0000', '-2+3', '@SUM(A1)', '\tTab', '\rReturn'];
    const rows = risky.map((trainee, i) => summary(`r${i}`, { trainee, ending: trainee }));
    const parsed = parseCsv(attemptsToCsv(rows, titleOf)).slice(1);
    expect(parsed.map((cells) => cells[1])).toEqual(risky.map((name) => `'${name}`));
    expect(parsed.map((cells) => cells[12])).toEqual(risky.map((name) => `'${name}`));
    const formula = attemptsToCsv([summary('=HYPERLINK("x")', { scenarioId: '@evil' })], titleOf);
    expect(parseCsv(formula)[1]?.slice(0, 4)).toEqual([
      `'=HYPERLINK("x")`,
      'Ana',
      `'@evil`,
      `'@evil`,
    ]);
  });

  it('leaves names that only contain those characters alone', () => {
    expect(neutralizeFormula('Jean-Luc')).toBe('Jean-Luc');
    expect(neutralizeFormula('a=b')).toBe('a=b');
    expect(neutralizeFormula('')).toBe('');
  });

  it('never touches numbers', () => {
    const cells = attemptCsvCells(summary('a', { overall: 0, review: 1 }), titleOf);
    expect(cells[7]).toBe('0');
    expect(cells[14]).toBe('1');
  });

  it('asks for each scenario title once', () => {
    const asked: string[] = [];
    const rows = Array.from({ length: 50 }, (_, i) => summary(`a${i}`));
    attemptsToCsv(rows, (id) => {
      asked.push(id);
      return titleOf(id);
    });
    expect(asked).toEqual(['charged']);
  });
});

describe('parseCsv reads attemptsToCsv back', () => {
  const rows = [
    summary('a1', { trainee: 'Okafor, Zoë', ending: 'She said "thanks"' }),
    summary('a2', { trainee: 'Łukasz\nWójcik', mode: 'assessment' }),
    summary('a3', {
      trainee: '王芳',
      status: 'abandoned',
      overall: null,
      scores: { tone: null, promptness: null, extraMile: null },
      pass: null,
      ending: null,
      retained: null,
      review: null,
    }),
    summary('a4', { trainee: '=cmd|" /C calc"!A0', scenarioId: 'quoted' }),
  ];

  it('gives the header and each attempt’s cells', () => {
    const parsed = parseCsv(attemptsToCsv(rows, titleOf));
    expect(parsed[0]).toEqual(ATTEMPTS_CSV_HEADER);
    expect(parsed.slice(1)).toEqual(rows.map((r) => attemptCsvCells(r, titleOf)));
  });

  it('gives back the data', () => {
    const parsed = parseCsv(attemptsToCsv(rows, titleOf)).slice(1);
    const back = parsed.map((c) => ({
      attemptId: c[0],
      trainee: c[1],
      scenario: c[2],
      scenarioId: c[3],
      startedAt: c[4] === '' ? null : Date.parse(c[4] ?? ''),
      mode: c[5],
      overall: c[7] === '' ? null : Number(c[7]),
      pass: c[11] === '' ? null : c[11] === 'yes',
      ending: c[12] === '' ? null : c[12],
    }));
    expect(back).toEqual(
      rows.map((r) => ({
        attemptId: r.attemptId,
        trainee: neutralizeFormula(r.trainee),
        scenario: titleOf(r.scenarioId),
        scenarioId: r.scenarioId,
        startedAt: r.startedAt,
        mode: r.mode,
        overall: r.overall,
        pass: r.pass,
        ending: r.ending,
      })),
    );
  });

  it('round-trips any text in any cell', () => {
    const anyText = fc.string({ unit: 'grapheme', maxLength: 12 });
    const tricky = fc.stringMatching(/^[a-zé",\r\n =+@-]{0,10}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(anyText, tricky), fc.option(tricky))), (cells) => {
        const data = cells.map(([trainee, ending], i) => summary(`id${i}`, { trainee, ending }));
        const parsed = parseCsv(attemptsToCsv(data, titleOf));
        expect(parsed).toHaveLength(data.length + 1);
        expect(parsed.slice(1)).toEqual(data.map((r) => attemptCsvCells(r, titleOf)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseCsv', () => {
  it('reads plain rows with or without a byte order mark, CRLF, LF or CR', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv(`${BOM}a,b\nc,d`)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseCsv('a\rb')).toEqual([['a'], ['b']]);
  });

  it('reads quoted cells with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('"a,b","say ""hi""","x\r\ny",""\r\n')).toEqual([
      ['a,b', 'say "hi"', 'x\r\ny', ''],
    ]);
  });

  it('keeps empty cells, at the end of a row too', () => {
    expect(parseCsv('a,,\r\n,b,')).toEqual([
      ['a', '', ''],
      ['', 'b', ''],
    ]);
  });

  it('keeps empty lines in the middle as rows with one empty cell', () => {
    expect(parseCsv('a\r\n\r\nb\r\n')).toEqual([['a'], [''], ['b']]);
  });

  it('has no rows for empty text or a lone byte order mark', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv(BOM)).toEqual([]);
  });

  it('is lenient with malformed quotes instead of throwing', () => {
    expect(parseCsv('"unclosed,a\r\nb')).toEqual([['unclosed,a\r\nb']]);
    expect(parseCsv('ab"c,d')).toEqual([['ab"c', 'd']]);
    expect(parseCsv('"a"b,c')).toEqual([['ab', 'c']]);
  });
});
