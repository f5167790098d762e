/** Date and time of an attempt, short and in the trainee's language ("3 Mar 2025, 14:02"). */
export function formatAttemptDate(epochMs: number, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(epochMs);
}

/** How a mode is named to a trainee. */
export const MODE_NAMES = { practice: 'Practice', assessment: 'Assessment' } as const;
