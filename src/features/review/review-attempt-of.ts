import type { ReviewAttempt } from '../../core/review/review-types.ts';
import type { StoredAttempt } from '../../storage/attempt-store.ts';

/** A stored attempt as a bundle carries it: the log, status, last change, scorecard, verdict. */
export function reviewAttemptOf(a: StoredAttempt): ReviewAttempt {
  return {
    log: a.log,
    status: a.status,
    updatedAt: a.updatedAt,
    ...(a.scorecard === undefined ? {} : { scorecard: a.scorecard }),
    ...(a.verification === undefined ? {} : { verification: a.verification }),
  };
}
