import { titleText } from './filter-attempts.ts';
import type { AttemptSummary } from './review-types.ts';

/** The CSV's header row, one name per column. */
export const ATTEMPTS_CSV_HEADER: readonly string[] = [
  'Attempt ID',
  'Trainee',
  'Scenario',
  'Scenario ID',
  'Started (UTC)',
  'Mode',
  'Status',
  'Overall',
  'Tone',
  'Promptness',
  'Extra mile',
  'Pass',
  'Ending',
  'Customer stayed',
  'Stars',
  'Verification',
];

// Excel's byte order mark: without it Excel reads UTF-8 as the local code page and
// "Zoë" turns into "ZoÃ«".
const BOM = '\uFEFF';
const CRLF = '\r\n';
// A spreadsheet would run a text cell starting with one of these as a formula
// ("=HYPERLINK(...)" as a trainee name), so such cells get an apostrophe in front.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A text cell made inert for spreadsheets: a leading apostrophe when it would start a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell as the CSV writes it: quoted (quotes doubled) when it holds a comma, quote or line break. */
function quoteField(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

const numberCell = (value: number | null): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
const yesNo = (value: boolean | null): string => (value === null ? '' : value ? 'yes' : 'no');
const textCell = (value: string | null): string =>
  typeof value === 'string' ? neutralizeFormula(value) : '';

/** ISO 8601 in UTC; empty for a time that is not a valid date (toISOString would throw). */
function isoCell(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/**
 * One attempt's cells as they appear in the CSV, before quoting: what a test (or the
 * end-to-end check) compares the parsed file with.
 */
export function attemptCsvCells(
  row: AttemptSummary,
  titleOf: (scenarioId: string) => string,
): string[] {
  return [
    textCell(row.attemptId),
    textCell(row.trainee),
    textCell(titleText(titleOf, row.scenarioId)),
    textCell(row.scenarioId),
    isoCell(row.startedAt),
    textCell(row.mode),
    textCell(row.status),
    numberCell(row.overall),
    numberCell(row.scores.tone),
    numberCell(row.scores.promptness),
    numberCell(row.scores.extraMile),
    yesNo(row.pass),
    textCell(row.ending),
    yesNo(row.retained),
    numberCell(row.review),
    textCell(row.verification),
  ];
}

/**
 * The attempts as a CSV file's text (RFC 4180) that spreadsheets open as is: a UTF-8
 * byte order mark, a header row, one row per attempt, CRLF line ends, empty cells for
 * missing values, and text cells that could run as formulas neutralised.
 */
export function attemptsToCsv(
  rows: readonly AttemptSummary[],
  titleOf: (scenarioId: string) => string,
): string {
  const titles = new Map<string, string>();
  const title = (id: string): string => {
    let text = titles.get(id);
    if (text === undefined) {
      text = titleText(titleOf, id);
      titles.set(id, text);
    }
    return text;
  };
  const lines = [ATTEMPTS_CSV_HEADER.map(quoteField).join(',')];
  for (const row of rows) lines.push(attemptCsvCells(row, title).map(quoteField).join(','));
  return BOM + lines.join(CRLF) + CRLF;
}

/** The rest of a cell: everything up to the next comma or line break. */
const CELL_REST = /[^,\r\n]*/y;

/**
 * Reads CSV text (RFC 4180) into rows of cells: a leading byte order mark is skipped,
 * quoted cells may hold commas, doubled quotes and line breaks, and CRLF, LF or CR end a
 * row. Lenient rather than throwing: an unclosed quote runs to the end of the text and
 * text after a closing quote, or a quote inside an unquoted cell, is kept as written.
 * A final line break adds no row; empty text has none.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  let i = text.startsWith(BOM) ? 1 : 0;
  if (i >= n) return rows;
  let row: string[] = [];
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          field += text.slice(i);
          i = n;
          break;
        }
        field += text.slice(i, close);
        i = close + 1;
        // "" inside quotes stands for one quote; any other quote closes the cell.
        if (text[i] !== '"') break;
        field += '"';
        i += 1;
      }
    }
    CELL_REST.lastIndex = i;
    const rest = CELL_REST.exec(text)?.[0] ?? '';
    field += rest;
    i += rest.length;
    row.push(field);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    // A line break: CRLF, LF or a lone CR.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
}
