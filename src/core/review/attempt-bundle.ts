import type { ReviewAttempt } from './review-types.ts';

/** Format tag of an attempts bundle. */
export const BUNDLE_FORMAT = 'extra-mile-attempts/1';

/** Many attempts in one file: what the review exports and imports back. */
export interface AttemptBundle {
  /** Format tag. */
  format: typeof BUNDLE_FORMAT;
  /** When it was exported (epoch ms). */
  exportedAt: number;
  /** The attempts, each with its log, status, scorecard and verification. */
  attempts: ReviewAttempt[];
}

/** The fields of an attempt in a fixed order, so that two exports of it diff cleanly. */
function ordered(attempt: ReviewAttempt): ReviewAttempt {
  const out: ReviewAttempt = {
    log: attempt.log,
    status: attempt.status,
    updatedAt: attempt.updatedAt,
  };
  if (attempt.scorecard !== undefined) out.scorecard = attempt.scorecard;
  if (attempt.verification !== undefined) out.verification = attempt.verification;
  return out;
}

/**
 * The bundle's text in pieces: the header, then one attempt per line. A Blob built from
 * the pieces never needs the whole text as one string, which 100,000 attempts with their
 * scorecards (several hundred MB) would exceed; each line stays a diffable unit.
 */
export function bundleParts(attempts: readonly ReviewAttempt[], exportedAt: number): string[] {
  return [
    bundleHeader(exportedAt),
    ...attempts.map((attempt, i) => bundleLine(attempt, i === 0)),
    BUNDLE_FOOTER,
  ];
}

/** The bundle's first line, up to the opening of its attempts list. */
export function bundleHeader(exportedAt: number): string {
  return `{"format":${JSON.stringify(BUNDLE_FORMAT)},"exportedAt":${JSON.stringify(exportedAt)},"attempts":[\n`;
}

/**
 * One attempt's line of a bundle; every line but the first starts with a comma, so a
 * writer never needs to know which attempt comes last.
 */
export function bundleLine(attempt: ReviewAttempt, first: boolean): string {
  return `${first ? '' : ','}${JSON.stringify(ordered(attempt))}\n`;
}

/** The bundle's last line. */
export const BUNDLE_FOOTER = ']}\n';

/** The bundle as JSON text, one attempt per line; `readAttemptFile` reads it back losslessly. */
export function bundleText(attempts: readonly ReviewAttempt[], exportedAt: number): string {
  return bundleParts(attempts, exportedAt).join('');
}
