import {
  countRows,
  type OutboxCounts,
  type OutboxItem,
  type OutboxRow,
  type StatementOutbox,
} from './statement-outbox.ts';

/** The outbox in memory: for tests, and for a browser that cannot keep a database. */
export class MemoryStatementOutbox implements StatementOutbox {
  private readonly rows = new Map<string, OutboxRow>();
  private nextSeq = 1;

  enqueue(items: readonly OutboxItem[]): Promise<number> {
    let added = 0;
    for (const item of items) {
      if (this.rows.has(item.statementId)) continue;
      this.rows.set(item.statementId, {
        ...item,
        statement: structuredClone(item.statement),
        state: 'pending',
        seq: this.nextSeq++,
        tries: 0,
      });
      added++;
    }
    return Promise.resolve(added);
  }

  pending(limit: number, destination: string): Promise<OutboxRow[]> {
    const rows = [...this.rows.values()]
      .filter((r) => r.state === 'pending' && (r.destination ?? destination) === destination)
      .sort((a, b) => a.seq - b.seq)
      .slice(0, limit);
    return Promise.resolve(rows.map((r) => structuredClone(r)));
  }

  markSent(statementIds: readonly string[], at: number): Promise<void> {
    for (const id of statementIds) {
      const row = this.rows.get(id);
      if (row === undefined) continue;
      row.state = 'sent';
      row.sentAt = at;
      delete row.reason;
    }
    return Promise.resolve();
  }

  markRejected(statementId: string, reason: string): Promise<void> {
    const row = this.rows.get(statementId);
    if (row !== undefined && row.state === 'pending') {
      row.state = 'rejected';
      row.reason = reason;
    }
    return Promise.resolve();
  }

  markFailed(statementIds: readonly string[], reason: string): Promise<void> {
    for (const id of statementIds) {
      const row = this.rows.get(id);
      if (row === undefined || row.state !== 'pending') continue;
      row.tries += 1;
      row.reason = reason;
    }
    return Promise.resolve();
  }

  attemptIds(): Promise<string[]> {
    return Promise.resolve([...new Set([...this.rows.values()].map((r) => r.attemptId))].sort());
  }

  has(statementIds: readonly string[]): Promise<boolean[]> {
    return Promise.resolve(statementIds.map((id) => this.rows.has(id)));
  }

  counts(attemptId?: string): Promise<OutboxCounts> {
    const rows = [...this.rows.values()].filter(
      (r) => attemptId === undefined || r.attemptId === attemptId,
    );
    return Promise.resolve(countRows(rows));
  }
}
