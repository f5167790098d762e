import { Dexie, type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { AttemptSummary } from '../core/review/review-types.ts';
import type { StoredAttempt } from './attempt-store.ts';
import { summaryOf } from './review-rows.ts';

/** The browser database's name. */
export const DATABASE_NAME = 'extra-mile';

/** One version of the schema: the tables it (re)declares and how old rows are upgraded. */
export interface SchemaVersion {
  /** Dexie version number: 1, 2, 3… */
  version: number;
  /** Dexie store specs: primary key first, then indexes (`[a+b]` is a compound index). */
  stores: Record<string, string | null>;
  /** Rewrites the rows of older versions; runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/** Attempts read per step of an upgrade: 100,000 whole event logs at once would not fit. */
const UPGRADE_PAGE = 500;

/**
 * Writes the summary of every attempt, a page at a time in primary-key order. Never filters
 * and never rewrites an attempt: `summaryOf` gives a row even for a scorecard it cannot read.
 */
export async function summarizeEveryAttempt(tx: Transaction): Promise<void> {
  const attempts = tx.table<StoredAttempt, string>('attempts');
  const summaries = tx.table<AttemptSummary, string>('summaries');
  let page = await attempts.orderBy(':id').limit(UPGRADE_PAGE).toArray();
  while (page.length > 0) {
    await summaries.bulkPut(page.map(summaryOf));
    const last = page[page.length - 1]?.attemptId ?? '';
    page = await attempts.where(':id').above(last).limit(UPGRADE_PAGE).toArray();
  }
}

/**
 * The schema history of the `extra-mile` database, oldest first.
 *
 * How to change it (the migration pattern):
 * 1. Never edit or remove a version that has shipped: browsers out there hold its data.
 * 2. Append `{ version: n + 1, stores, upgrade }`. `stores` lists the tables whose key or
 *    indexes change, with their full new spec (Dexie diffs it against the previous version;
 *    `null` deletes a table: never do that to `attempts`).
 * 3. When rows must change shape, give an `upgrade` that rewrites them in place
 *    (`tx.table('attempts').toCollection().modify(row => { … })`). It must keep every row:
 *    transform and fill defaults, never filter. The attempt log inside a row is the truth
 *    and is never rewritten; a cached scorecard may be dropped (it is recomputed by replay).
 *    `summaries` is derived from `attempts`: a version that changes the summary's shape
 *    clears it and writes it again with {@link summarizeEveryAttempt}, as version 2 does.
 * 4. Add a test beside `attempt-database.test.ts` that writes rows with the previous version,
 *    opens the new one and finds every attempt (see "an appended version keeps every attempt").
 *
 * Indexes: the manager's review lists up to 100,000 attempts by trainee, scenario and
 * status, newest first; the player looks up a trainee's in-progress attempt of a scenario.
 * The review reads summaries only (small rows), whole attempts one at a time or for export.
 */
export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      attempts:
        'attemptId, trainee, scenarioId, status, startedAt, updatedAt, [trainee+scenarioId], [trainee+status]',
    },
  },
  {
    version: 2,
    stores: { summaries: 'attemptId, trainee, scenarioId, startedAt' },
    upgrade: summarizeEveryAttempt,
  },
  {
    // The studio's drafts (src/storage/draft-store.ts), newest first; a new table, no upgrade.
    version: 3,
    stores: { drafts: 'draftId, updatedAt' },
  },
  {
    // The xAPI outbox (src/storage/statement-outbox.ts): pending statements in queue order,
    // and an attempt's statements for "has it reached the LRS?"; a new table, no upgrade.
    version: 4,
    stores: { outbox: 'statementId, attemptId, seq, [state+seq]' },
  },
];

/** The Dexie database: attempts keyed by attemptId, and a summary of each for the review. */
export class AttemptDatabase extends Dexie {
  /** Every attempt, finished or not. */
  declare attempts: EntityTable<StoredAttempt, 'attemptId'>;
  /** One summary per attempt, written in the same transaction as the attempt. */
  declare summaries: EntityTable<AttemptSummary, 'attemptId'>;

  constructor(
    name: string = DATABASE_NAME,
    options: DexieOptions = {},
    schema: readonly SchemaVersion[] = SCHEMA,
    /** Called when an upgrade of stored rows begins (it may take a while on a big store). */
    onUpgrade: () => void = () => undefined,
  ) {
    super(name, options);
    for (const { version, stores, upgrade } of schema) {
      const declared = this.version(version).stores(stores);
      if (upgrade !== undefined) {
        declared.upgrade((tx) => {
          onUpgrade();
          return upgrade(tx);
        });
      }
    }
  }
}
