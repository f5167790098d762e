import type { AttemptLog } from '../../core/attempt/attempt-log.ts';
import type { AttemptFile } from '../../core/review/attempt-file-types.ts';
import type { Scorecard } from '../../core/scoring/scorecard-types.ts';

export type { AttemptFile };

function slug(text: string): string {
  const clean = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return clean === '' ? 'trainee' : clean;
}

function localDate(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `<scenario>-<trainee>-<date>.json`, safe as a file name on every system. */
export function attemptFileName(log: AttemptLog): string {
  return `${log.scenarioId}-${slug(log.trainee)}-${localDate(log.startedAt)}.json`;
}

/** The file's text: pretty JSON of the log and the scorecard. */
export function attemptFileText(log: AttemptLog, scorecard: Scorecard): string {
  const file: AttemptFile = { attempt: log, scorecard };
  return `${JSON.stringify(file, null, 2)}\n`;
}
