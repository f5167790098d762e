import type { Table } from 'dexie';
import type { AttemptDatabase } from './attempt-database.ts';
import {
  countRows,
  type OutboxCounts,
  type OutboxItem,
  type OutboxRow,
  type StatementOutbox,
} from './statement-outbox.ts';

/**
 * The outbox in the browser's database (table `outbox`, schema version 4), so statements
 * survive reloads, crashes and days offline. Every change is one transaction; queuing reads
 * the ids already there and adds only the others, so two tabs queuing the same attempt
 * cannot replace each other's rows.
 */
export class DexieStatementOutbox implements StatementOutbox {
  constructor(private readonly db: AttemptDatabase) {}

  private get table(): Table<OutboxRow, string> {
    return this.db.table('outbox');
  }

  async enqueue(items: readonly OutboxItem[]): Promise<number> {
    if (items.length === 0) return 0;
    return this.db.transaction('rw', this.table, async () => {
      const ids = items.map((i) => i.statementId);
      const existing = await this.table.bulkGet(ids);
      const last = await this.table.orderBy('seq').last();
      let seq = (last?.seq ?? 0) + 1;
      const seen = new Set<string>();
      const rows: OutboxRow[] = [];
      items.forEach((item, i) => {
        if (existing[i] !== undefined || seen.has(item.statementId)) return;
        seen.add(item.statementId);
        rows.push({ ...item, state: 'pending', seq: seq++, tries: 0 });
      });
      await this.table.bulkAdd(rows);
      return rows.length;
    });
  }

  async pending(limit: number, destination: string): Promise<OutboxRow[]> {
    // Pending rows are few (they leave once sent): filtering them by destination is cheap.
    return this.table
      .where('[state+seq]')
      .between(['pending', -Infinity], ['pending', Infinity])
      .filter((row) => (row.destination ?? destination) === destination)
      .limit(limit)
      .toArray();
  }

  async markSent(statementIds: readonly string[], at: number): Promise<void> {
    await this.table
      .where('statementId')
      .anyOf([...statementIds])
      .modify((row) => {
        row.state = 'sent';
        row.sentAt = at;
        delete row.reason;
      });
  }

  async markRejected(statementId: string, reason: string): Promise<void> {
    await this.table
      .where('statementId')
      .equals(statementId)
      .and((row) => row.state === 'pending')
      .modify((row) => {
        row.state = 'rejected';
        row.reason = reason;
      });
  }

  async markFailed(statementIds: readonly string[], reason: string): Promise<void> {
    await this.table
      .where('statementId')
      .anyOf([...statementIds])
      .and((row) => row.state === 'pending')
      .modify((row) => {
        row.tries += 1;
        row.reason = reason;
      });
  }

  async attemptIds(): Promise<string[]> {
    return (await this.table.orderBy('attemptId').uniqueKeys()).map(String);
  }

  async has(statementIds: readonly string[]): Promise<boolean[]> {
    return (await this.table.bulkGet([...statementIds])).map((row) => row !== undefined);
  }

  async counts(attemptId?: string): Promise<OutboxCounts> {
    if (attemptId !== undefined) {
      return countRows(await this.table.where('attemptId').equals(attemptId).toArray());
    }
    // Every attempt ever sent stays listed as sent: count by index, never load them all.
    const inState = (state: OutboxRow['state']) =>
      this.table.where('[state+seq]').between([state, -Infinity], [state, Infinity]);
    const [pending, sent, rejected] = await Promise.all([
      inState('pending').count(),
      inState('sent').count(),
      inState('rejected').count(),
    ]);
    const counts: OutboxCounts = { pending, sent, rejected };
    // The newest reason among the rows not sent, found from the newest end.
    if (pending + rejected > 0) {
      // Only rows not sent carry a reason worth showing: look among the newest of those.
      const recent = [
        ...(await inState('pending').reverse().limit(50).toArray()),
        ...(await inState('rejected').reverse().limit(50).toArray()),
      ]
        .filter((row) => row.reason !== undefined)
        .sort((a, b) => b.seq - a.seq);
      if (recent[0]?.reason !== undefined) counts.lastReason = recent[0].reason;
    }
    return counts;
  }
}
