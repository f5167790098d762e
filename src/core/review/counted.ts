import type { AttemptSummary } from './review-types.ts';

/**
 * Whether an attempt's numbers count in reports: played here, or imported and verified
 * by replay. Altered attempts and those that cannot be verified are listed, flagged, but
 * never raise a pass rate, a mean or a "passed" mark.
 */
export function isCounted(row: AttemptSummary): boolean {
  return row.verification === 'local' || row.verification === 'verified';
}
