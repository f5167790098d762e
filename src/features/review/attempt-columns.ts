import type { AttemptSummary, SortKey, Verification } from '../../core/review/review-types.ts';

/** One column of the attempts table: its header, what it sorts by and how a cell reads. */
export interface AttemptColumn {
  /** The sort key, also the column's id. */
  key: SortKey;
  /** Header text. */
  label: string;
  /** Numbers are right-aligned. */
  numeric?: boolean;
}

/** The table's columns, in order. */
export const ATTEMPT_COLUMNS: readonly AttemptColumn[] = [
  { key: 'trainee', label: 'Trainee' },
  { key: 'scenario', label: 'Scenario' },
  { key: 'startedAt', label: 'Date' },
  { key: 'mode', label: 'Mode' },
  { key: 'overall', label: 'Overall', numeric: true },
  { key: 'tone', label: 'Tone', numeric: true },
  { key: 'promptness', label: 'Promptness', numeric: true },
  { key: 'extraMile', label: 'Extra mile', numeric: true },
  { key: 'pass', label: 'Result' },
  { key: 'ending', label: 'Ending' },
];

/** A score cell: the number, or a dash when not scored. */
export function scoreText(score: number | null): string {
  return score === null ? '–' : String(score);
}

/** The result cell: passed, failed, or where the attempt stands when it has no score. */
export function resultText(row: AttemptSummary): string {
  if (row.status === 'in-progress') return 'In progress';
  if (row.status === 'abandoned') return 'Abandoned';
  if (row.pass === null) return 'Not scored';
  return row.pass ? 'Pass' : 'Fail';
}

/** Words for a verification state; none for attempts played here. */
export const VERIFICATION_LABELS: Record<Verification, string | undefined> = {
  local: undefined,
  verified: 'Verified',
  altered: 'Altered',
  'cannot-verify': 'Cannot verify',
};

/** Short local date and time, the same for every row. */
export const DATE_FORMAT = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});
