import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AttemptDatabase } from './attempt-database.ts';
import type { OutboxItem, StatementOutbox } from './statement-outbox.ts';
import { DexieStatementOutbox } from './statement-outbox-dexie.ts';
import { MemoryStatementOutbox } from './statement-outbox-memory.ts';

let count = 0;

const item = (attempt: string, n: number): OutboxItem => ({
  statementId: `${attempt}-s${n}`,
  attemptId: attempt,
  destination: 'lrs-a',
  statement: { id: `${attempt}-s${n}`, verb: { id: `verb-${n}` } },
});

const outboxes: [string, () => Promise<StatementOutbox>][] = [
  ['memory', () => Promise.resolve(new MemoryStatementOutbox())],
  [
    'database',
    async () => {
      const db = new AttemptDatabase(`outbox-${++count}`);
      await db.open();
      return new DexieStatementOutbox(db);
    },
  ],
];

describe.each(outboxes)('the %s statement outbox', (_kind, open) => {
  it('queues each statement once, in order, and never replaces a queued one', async () => {
    const outbox = await open();
    expect(await outbox.enqueue([item('a', 1), item('a', 2)])).toBe(2);
    // The same attempt queued again after another turn: only the new statement is added,
    // and a changed body for a queued id does not replace what will be sent.
    const changed = { ...item('a', 1), statement: { id: 'a-s1', verb: { id: 'other' } } };
    expect(await outbox.enqueue([changed, item('a', 2), item('a', 3), item('a', 3)])).toBe(1);
    const pending = await outbox.pending(10, 'lrs-a');
    expect(pending.map((r) => r.statementId)).toEqual(['a-s1', 'a-s2', 'a-s3']);
    expect(pending[0]?.statement).toEqual(item('a', 1).statement);
    expect(pending.every((r) => r.state === 'pending' && r.tries === 0)).toBe(true);
    expect((await outbox.pending(2, 'lrs-a')).map((r) => r.statementId)).toEqual(['a-s1', 'a-s2']);
  });

  it('moves statements out of the queue only when sent or refused for good', async () => {
    const outbox = await open();
    await outbox.enqueue([item('a', 1), item('a', 2), item('b', 1), item('b', 2)]);
    await outbox.markFailed(['a-s1', 'a-s2'], 'The LRS could not be reached.');
    expect((await outbox.pending(10, 'lrs-a')).map((r) => [r.statementId, r.tries])).toEqual([
      ['a-s1', 1],
      ['a-s2', 1],
      ['b-s1', 0],
      ['b-s2', 0],
    ]);
    await outbox.markSent(['a-s1', 'a-s2'], 1_000);
    await outbox.markRejected('b-s2', 'The LRS refused it: bad verb.');
    // Neither a late failure nor a refusal brings a sent statement back.
    await outbox.markFailed(['a-s1'], 'late');
    await outbox.markRejected('a-s2', 'late');
    expect((await outbox.pending(10, 'lrs-a')).map((r) => r.statementId)).toEqual(['b-s1']);
    expect(await outbox.counts('a')).toEqual({ pending: 0, sent: 2, rejected: 0 });
    expect(await outbox.counts('b')).toEqual({
      pending: 1,
      sent: 0,
      rejected: 1,
      lastReason: 'The LRS refused it: bad verb.',
    });
    expect(await outbox.counts()).toEqual({
      pending: 1,
      sent: 2,
      rejected: 1,
      lastReason: 'The LRS refused it: bad verb.',
    });
  });

  it('hands each sender only the statements for its own LRS', async () => {
    const outbox = await open();
    await outbox.enqueue([item('a', 1), { ...item('b', 1), destination: 'lrs-b' }]);
    expect((await outbox.pending(10, 'lrs-a')).map((r) => r.statementId)).toEqual(['a-s1']);
    expect((await outbox.pending(10, 'lrs-b')).map((r) => r.statementId)).toEqual(['b-s1']);
  });

  it('says nothing is queued for an unknown attempt', async () => {
    const outbox = await open();
    expect(await outbox.counts('nobody')).toEqual({ pending: 0, sent: 0, rejected: 0 });
    expect(await outbox.attemptIds()).toEqual([]);
  });

  it('lists the attempts it holds, and which statements it has', async () => {
    const outbox = await open();
    await outbox.enqueue([item('b', 1), item('a', 1), item('a', 2)]);
    await outbox.markSent(['a-s1'], 5);
    expect(await outbox.attemptIds()).toEqual(['a', 'b']);
    expect(await outbox.has(['a-s1', 'a-s2', 'a-s3', 'b-s1'])).toEqual([true, true, false, true]);
  });
});

describe('the database outbox', () => {
  it('keeps its queue when the browser is closed and opened again', async () => {
    const name = `outbox-${++count}`;
    const first = new AttemptDatabase(name);
    await new DexieStatementOutbox(first).enqueue([item('a', 1), item('a', 2)]);
    first.close();
    const again = new AttemptDatabase(name);
    const pending = await new DexieStatementOutbox(again).pending(10, 'lrs-a');
    expect(pending.map((r) => r.statementId)).toEqual(['a-s1', 'a-s2']);
    again.close();
  });
});
