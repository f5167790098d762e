/**
 * The xAPI outbox: statements wait here until the LRS has them. Queuing is idempotent
 * (statement ids are derived from the attempt, so queuing an attempt's statements again adds
 * only the new ones and never replaces a queued one), and a statement leaves the queue only
 * when the LRS accepted it or refused it for good, which is recorded with the reason.
 */

/** Where a queued statement stands. */
export type OutboxState = 'pending' | 'sent' | 'rejected';

/** One statement in the outbox. */
export interface OutboxRow {
  /** The statement's id (primary key). */
  statementId: string;
  /** The attempt it belongs to, for "has this attempt reached the LRS?". */
  attemptId: string;
  /**
   * Which LRS it is for (see destinationOf in the xAPI feature): tabs may run on different
   * settings (a launch link's), and each sends only its own destination's statements.
   * Absent on rows of the first version, which had one destination.
   */
  destination?: string;
  /** The statement, exactly as it will be sent. */
  statement: object;
  /** Pending, sent or rejected. */
  state: OutboxState;
  /** Queue order: statements are sent oldest first. */
  seq: number;
  /** Failed sends so far (network, LRS down). */
  tries: number;
  /** When the LRS accepted it (epoch ms). */
  sentAt?: number;
  /** Why the LRS refused it for good, or why the last send failed. */
  reason?: string;
}

/** What is to be queued: a statement and its attempt. */
export interface OutboxItem {
  /** The statement's id. */
  statementId: string;
  /** The attempt it belongs to. */
  attemptId: string;
  /** Which LRS it is for. */
  destination: string;
  /** The statement. */
  statement: object;
}

/** Counts of one attempt's statements (or all of them) by state. */
export interface OutboxCounts {
  /** Waiting to be sent. */
  pending: number;
  /** Accepted by the LRS. */
  sent: number;
  /** Refused by the LRS for good. */
  rejected: number;
  /** The reason of the newest refusal or failure, if any. */
  lastReason?: string;
}

/** The outbox's operations; the database and the memory versions behave alike. */
export interface StatementOutbox {
  /** Queues statements not queued yet (by id); returns how many were added. */
  enqueue(items: readonly OutboxItem[]): Promise<number>;
  /** Up to `limit` pending statements for `destination`, oldest first. */
  pending(limit: number, destination: string): Promise<OutboxRow[]>;
  /** The LRS has these. */
  markSent(statementIds: readonly string[], at: number): Promise<void>;
  /** The LRS refused this one for good (it will not be sent again). */
  markRejected(statementId: string, reason: string): Promise<void>;
  /** A send failed for a reason that may pass (offline, LRS down): counted, kept pending. */
  markFailed(statementIds: readonly string[], reason: string): Promise<void>;
  /** Counts for one attempt, or for everything when no id is given. */
  counts(attemptId?: string): Promise<OutboxCounts>;
  /** Every attempt with a statement in the outbox (sent or not). */
  attemptIds(): Promise<string[]>;
  /** Which of these statement ids are in the outbox (sent or not). */
  has(statementIds: readonly string[]): Promise<boolean[]>;
}

/** Counts a set of rows by state, keeping the newest reason. */
export function countRows(rows: readonly OutboxRow[]): OutboxCounts {
  const counts: OutboxCounts = { pending: 0, sent: 0, rejected: 0 };
  let newest = -Infinity;
  for (const row of rows) {
    counts[row.state] += 1;
    if (row.reason !== undefined && row.state !== 'sent' && row.seq > newest) {
      newest = row.seq;
      counts.lastReason = row.reason;
    }
  }
  return counts;
}
