import { BUNDLE_FORMAT } from './attempt-bundle.ts';
import { attemptFileSchema, attemptLogSchema, reviewAttemptSchema } from './attempt-file-schema.ts';
import type { AttemptFileContents, ImportEntry, Rejection } from './import-types.ts';
import { issuesText } from './schema-issue-text.ts';

/** Most attempts one file (a bundle or a list of downloads) may hold. */
export const MAX_ATTEMPTS_PER_FILE = 250_000;

/** A scenario written in YAML starts with (or soon has) its format line. */
const SCENARIO_TEXT = /^\s*["']?format["']?\s*:\s*["']?cx-scenario\//m;

type Data = Record<string, unknown>;

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** A few words for a value that is not an object ("a number (42)"), never the value when large. */
function what(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `${value}`;
    case 'string':
      return value.length <= 40 ? `the text '${value}'` : 'a text';
    default:
      return typeof value;
  }
}

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One download (`{ attempt, scorecard }`) or a bare log, checked; `whole` names it in messages. */
function readOne(
  file: string,
  value: unknown,
  whole: string,
  entry?: number,
): ImportEntry | Rejection {
  const at = entry === undefined ? {} : { entry };
  if (!isObject(value))
    return { file, ...at, reason: `${whole} holds ${what(value)}, not an attempt` };
  if (value.format === 'cx-attempt/1' && !('attempt' in value)) {
    // A log without its scorecard: the log is the truth, so it is taken and replayed.
    const log = attemptLogSchema.safeParse(value, { reportInput: true });
    if (!log.success) return { file, ...at, reason: issuesText(log.error.issues, whole) };
    return { file, ...at, log: log.data };
  }
  if (!('attempt' in value) && !('scorecard' in value))
    return { file, ...at, reason: notAnAttempt(value, whole) };
  const parsed = attemptFileSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { file, ...at, reason: issuesText(parsed.error.issues, whole) };
  return { file, ...at, log: parsed.data.attempt, scorecard: parsed.data.scorecard };
}

/** Why an object that is neither a download nor a bundle is refused. */
function notAnAttempt(value: Data, whole: string): string {
  if (typeof value.format === 'string') {
    // Quoted back to the manager, so kept short whatever the file holds.
    const format = value.format.slice(0, 60);
    if (format.startsWith('cx-scenario/')) return 'this is a scenario file, not an attempt';
    if (format.startsWith('cx-attempt/'))
      return `the attempt has format '${format}'; this app reads 'cx-attempt/1'`;
    if (format.startsWith('extra-mile-attempts/'))
      return `the bundle has format '${format}'; this app reads '${BUNDLE_FORMAT}'`;
    return `${whole} has format '${format}', which is not an attempt or a bundle`;
  }
  if ('machine' in value || 'states' in value)
    return 'this looks like a scenario (it has a machine), not an attempt';
  if ('attempts' in value) return `the bundle has no format tag ('${BUNDLE_FORMAT}')`;
  if (Object.keys(value).length === 0) return `${whole} is an empty object, not an attempt`;
  return `${whole} is not an attempt: it has neither the fields of a downloaded attempt ('attempt', 'scorecard') nor those of a bundle ('format', 'attempts')`;
}

/** Too many attempts in one file, or none. */
function countProblem(count: number, kind: string): string | undefined {
  if (count === 0) return `the ${kind} holds no attempts`;
  if (count > MAX_ATTEMPTS_PER_FILE)
    return `the ${kind} holds ${count} attempts; at most ${MAX_ATTEMPTS_PER_FILE} are read from one file`;
  return undefined;
}

function collect(results: readonly (ImportEntry | Rejection)[]): AttemptFileContents {
  const contents: AttemptFileContents = { entries: [], rejected: [] };
  for (const r of results) {
    if ('reason' in r) contents.rejected.push(r);
    else contents.entries.push(r);
  }
  return contents;
}

function refuse(file: string, reason: string): AttemptFileContents {
  return { entries: [], rejected: [{ file, reason }] };
}

/** A bundle: its header must be right; then each entry stands or falls alone. */
function readBundle(file: string, data: Data): AttemptFileContents {
  const { exportedAt, attempts } = data;
  if (typeof exportedAt !== 'number' || !Number.isFinite(exportedAt) || exportedAt < 0)
    return refuse(
      file,
      `the bundle's exportedAt must be a time (epoch ms), not ${what(exportedAt)}`,
    );
  if (!Array.isArray(attempts))
    return refuse(file, `the bundle's attempts must be a list, not ${what(attempts)}`);
  const count = countProblem(attempts.length, 'bundle');
  if (count !== undefined) return refuse(file, count);
  return collect(
    attempts.map((value: unknown, entry): ImportEntry | Rejection => {
      if (!isObject(value))
        return { file, entry, reason: `the entry holds ${what(value)}, not an attempt` };
      const parsed = reviewAttemptSchema.safeParse(value, { reportInput: true });
      if (!parsed.success)
        return { file, entry, reason: issuesText(parsed.error.issues, 'the entry') };
      const { log, status, updatedAt, scorecard, verification } = parsed.data;
      const read: ImportEntry = { file, entry, log, status, updatedAt };
      if (scorecard !== undefined) read.scorecard = scorecard;
      if (verification !== undefined) read.verification = verification;
      return read;
    }),
  );
}

function readData(file: string, data: unknown): AttemptFileContents {
  if (Array.isArray(data)) {
    const count = countProblem(data.length, 'list');
    if (count !== undefined) return refuse(file, count);
    return collect(data.map((value: unknown, entry) => readOne(file, value, 'the entry', entry)));
  }
  if (isObject(data) && data.format === BUNDLE_FORMAT) return readBundle(file, data);
  return collect([readOne(file, data, 'the file')]);
}

/**
 * Reads one dropped file: a trainee's download (`{ attempt, scorecard }`), a bundle
 * (`extra-mile-attempts/1`) or a JSON list of downloads. Every attempt's shape is checked
 * (the log strictly, the scorecard loosely); what is not an attempt is refused with the
 * reason in plain words, and a bad entry of a bundle or list refuses only that entry.
 * Replay comes later (`verifyAttempt`). Never throws.
 */
export function readAttemptFile(name: string, text: string): AttemptFileContents {
  try {
    // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON.parse refuses.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return refuse(name, 'the file is empty');
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (error) {
      if (SCENARIO_TEXT.test(body.slice(0, 10_000)))
        return refuse(name, 'this is a scenario file, not an attempt');
      return refuse(name, `the file is not JSON: ${messageOf(error)}`);
    }
    return readData(name, data);
  } catch (error) {
    // Only the host can fail here (out of memory, a stack too deep): say so, do not throw.
    return refuse(name, `the file could not be read: ${messageOf(error)}`);
  }
}
