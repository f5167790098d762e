import { describe, expect, it } from 'vitest';
import type { OutboxItem } from '../../storage/statement-outbox.ts';
import { MemoryStatementOutbox } from '../../storage/statement-outbox-memory.ts';
import { createOutboxSender, type SendOutcome, type SenderStatus } from './outbox-sender.ts';

const item = (n: number, attempt = 'a'): OutboxItem => ({
  statementId: `s${n}`,
  attemptId: attempt,
  destination: 'lrs-a',
  statement: { id: `s${n}` },
});
const items = (count: number) => Array.from({ length: count }, (_, i) => item(i + 1));
const ids = (statements: object[]) => statements.map((s) => (s as { id: string }).id);

/** Timers run by hand; the clock moves as they run. */
function fakeTimers() {
  let clock = 0;
  const timers: { at: number; run: () => void; ms: number }[] = [];
  return {
    now: () => clock,
    setTimer: (run: () => void, ms: number) => {
      const timer = { at: clock + ms, run, ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer: unknown) => {
      const i = timers.indexOf(timer as (typeof timers)[number]);
      if (i >= 0) timers.splice(i, 1);
    },
    waits: () => timers.map((t) => t.ms),
    runNext: () => {
      const next = timers.shift();
      if (next === undefined) throw new Error('no timer');
      clock = next.at;
      next.run();
    },
  };
}

/** An LRS that answers from a script, then accepts; it records what it stored. */
function fakeLrs(script: SendOutcome[] = []) {
  const stored = new Map<string, number>();
  const requests: string[][] = [];
  const transport = (statements: object[]): Promise<SendOutcome> => {
    requests.push(ids(statements));
    const outcome = script.shift() ?? { kind: 'accepted' };
    if (outcome.kind === 'accepted') {
      for (const id of ids(statements)) stored.set(id, (stored.get(id) ?? 0) + 1);
    }
    return Promise.resolve(outcome);
  };
  return { stored, requests, transport };
}

describe('createOutboxSender', () => {
  it('sends everything queued, oldest first, in batches', async () => {
    const outbox = new MemoryStatementOutbox();
    await outbox.enqueue(items(7));
    const lrs = fakeLrs();
    const sender = createOutboxSender({
      destination: 'lrs-a',
      outbox,
      transport: lrs.transport,
      batchSize: 3,
    });
    sender.kick();
    await sender.settled();
    expect(lrs.requests).toEqual([['s1', 's2', 's3'], ['s4', 's5', 's6'], ['s7']]);
    expect(await outbox.counts()).toEqual({ pending: 0, sent: 7, rejected: 0 });
    expect(sender.status()).toEqual({ kind: 'idle' });
  });

  it('waits longer after each failure, then sends every statement exactly once', async () => {
    const outbox = new MemoryStatementOutbox();
    await outbox.enqueue(items(4));
    const offline: SendOutcome = { kind: 'retry', reason: 'The LRS could not be reached.' };
    const lrs = fakeLrs([offline, offline, offline]);
    const timers = fakeTimers();
    const statuses: SenderStatus[] = [];
    const sender = createOutboxSender({
      destination: 'lrs-a',
      outbox,
      transport: lrs.transport,
      batchSize: 2,
      baseDelayMs: 1_000,
      random: () => 1,
      ...timers,
      onStatus: (s) => statuses.push(s),
    });
    sender.kick();
    await sender.settled();
    expect(sender.status()).toEqual({
      kind: 'waiting',
      reason: 'The LRS could not be reached.',
      retryAt: 1_000,
    });
    // New statements during the wait do not cut it short (no hammering a down LRS).
    await outbox.enqueue([item(5)]);
    sender.kick();
    await sender.settled();
    expect(lrs.requests).toHaveLength(1);
    for (const expected of [2_000, 4_000]) {
      timers.runNext();
      await sender.settled();
      expect(timers.waits()).toEqual([expected]);
    }
    timers.runNext();
    await sender.settled();
    expect([...lrs.stored.values()].every((n) => n === 1)).toBe(true);
    expect([...lrs.stored.keys()].sort()).toEqual(['s1', 's2', 's3', 's4', 's5']);
    expect(sender.status()).toEqual({ kind: 'idle' });
    expect(statuses.filter((s) => s.kind === 'waiting')).toHaveLength(3);
    expect((await outbox.counts()).pending).toBe(0);
  });

  it('honours a Retry-After longer than its own backoff, and never waits more than the cap', async () => {
    const outbox = new MemoryStatementOutbox();
    await outbox.enqueue(items(1));
    const timers = fakeTimers();
    const busy = (ms?: number): SendOutcome => ({
      kind: 'retry',
      reason: 'busy',
      ...(ms === undefined ? {} : { retryAfterMs: ms }),
    });
    const lrs = fakeLrs([busy(30_000), ...Array.from({ length: 12 }, () => busy())]);
    const sender = createOutboxSender({
      destination: 'lrs-a',
      outbox,
      transport: lrs.transport,
      maxDelayMs: 60_000,
      random: () => 1,
      ...timers,
    });
    sender.kick();
    await sender.settled();
    expect(timers.waits()).toEqual([30_000]);
    for (let i = 0; i < 12; i++) {
      timers.runNext();
      await sender.settled();
    }
    expect(timers.waits()).toEqual([60_000]);
  });

  it('back online, a wait is cut short and sending starts again at once', async () => {
    const outbox = new MemoryStatementOutbox();
    await outbox.enqueue(items(2));
    const timers = fakeTimers();
    const lrs = fakeLrs([{ kind: 'retry', reason: 'offline' }]);
    const sender = createOutboxSender({
      destination: 'lrs-a',
      outbox,
      transport: lrs.transport,
      ...timers,
    });
    sender.kick();
    await sender.settled();
    expect(sender.status().kind).toBe('waiting');
    sender.retryNow();
    await sender.settled();
    expect(timers.waits()).toEqual([]);
    expect(await outbox.counts()).toEqual({ pending: 0, sent: 2, rejected: 0 });
  });

  it('stops on refused credentials until told to try again', async () => {
    const outbox = new MemoryStatementOutbox();
    await outbox.enqueue(items(2));
    const reason = 'The LRS refused the key and secret (HTTP 401).';
    const lrs = fakeLrs([{ kind: 'refused-credentials', reason }]);
    const timers = fakeTimers();
    const sender = createOutboxSender({
      destination: 'lrs-a',
      outbox,
      transport: lrs.transport,
      ...timers,
    });
    sender.kick();
    await sender.settled();
    expect(sender.status()).toEqual({ kind: 'blocked', reason });
    expect(timers.waits()).toEqual([]);
    sender.kick();
    await sender.settled();
    expect(lrs.requests).toHaveLength(1);
    expect(await outbox.counts()).toMatchObject({ pending: 2, lastReason: reason });
    sender.retryNow();
    await sender.settled();
    expect(await outbox.counts()).toEqual({ pending: 0, sent: 2, rejected: 0 });
  });

  it('sets aside only the statements the LRS refuses, with its reason', async () => {
    const outbox = new MemoryStatementOutbox();
    await outbox.enqueue(items(3));
    const stored = new Set<string>();
    const sender = createOutboxSender({
      destination: 'lrs-a',
      outbox,
      transport: (statements) => {
        if (ids(statements).includes('s2')) {
          return Promise.resolve({ kind: 'refused', reason: 'Invalid verb id.' });
        }
        for (const id of ids(statements)) stored.add(id);
        return Promise.resolve({ kind: 'accepted' });
      },
    });
    sender.kick();
    await sender.settled();
    expect([...stored].sort()).toEqual(['s1', 's3']);
    expect(await outbox.counts()).toEqual({
      pending: 0,
      sent: 2,
      rejected: 1,
      lastReason: 'Invalid verb id.',
    });
  });

  it('treats a transport that throws as passing trouble, not as a crash', async () => {
    const outbox = new MemoryStatementOutbox();
    await outbox.enqueue(items(1));
    const timers = fakeTimers();
    const sender = createOutboxSender({
      destination: 'lrs-a',
      outbox,
      transport: () => Promise.reject(new Error('socket hang up')),
      ...timers,
    });
    sender.kick();
    await sender.settled();
    expect(sender.status()).toMatchObject({ kind: 'waiting', reason: 'socket hang up' });
    expect((await outbox.pending(5, 'lrs-a'))[0]?.tries).toBe(1);
  });

  it('runs one round at a time: a kick during a round sends what was queued meanwhile', async () => {
    const outbox = new MemoryStatementOutbox();
    await outbox.enqueue(items(1));
    let release: () => void = () => undefined;
    const requests: string[][] = [];
    const sender = createOutboxSender({
      destination: 'lrs-a',
      outbox,
      transport: async (statements) => {
        requests.push(ids(statements));
        if (requests.length === 1) await new Promise<void>((r) => (release = r));
        return { kind: 'accepted' };
      },
    });
    sender.kick();
    await Promise.resolve();
    await outbox.enqueue([item(2)]);
    sender.kick();
    sender.kick();
    release();
    await sender.settled();
    expect(requests).toEqual([['s1'], ['s2']]);
  });
});
