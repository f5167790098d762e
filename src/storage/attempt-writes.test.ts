import { describe, expect, it } from 'vitest';
import type { AttemptLog } from '../core/attempt/attempt-log.ts';
import { AttemptWrites } from './attempt-writes.ts';
import { MemoryAttemptStore } from './memory-attempt-store.ts';

const log = (attemptId: string): AttemptLog => ({
  format: 'cx-attempt/1',
  attemptId,
  scenarioId: 's',
  scenarioFingerprint: 'f',
  engineVersion: '1.0.0',
  trainee: 'Ana',
  mode: 'practice',
  startedAt: 1,
  events: [],
});

describe('AttemptWrites', () => {
  it('reports each write once it is stored, and nothing for reads or imports', async () => {
    const writes = new AttemptWrites();
    const heard: string[] = [];
    const stop = writes.listen((id) => heard.push(id));
    const store = writes.observe(new MemoryAttemptStore());
    await store.create(log('a1'));
    const reply = { type: 'reply' as const, option: 'o', t: 5, at: 6 };
    await store.record(reply, { ...log('a1'), events: [reply] });
    await store.abandon('a1');
    await store.get('a1');
    await store.list();
    await store.importAttempts([]);
    expect(heard).toEqual(['a1', 'a1', 'a1']);
    expect((await store.get('a1'))?.status).toBe('abandoned');
    stop();
    await store.create(log('a2'));
    expect(heard).toEqual(['a1', 'a1', 'a1']);
    expect(store.durable).toBe(false);
  });

  it('reports nothing when the write fails, and a failing listener does not fail the write', async () => {
    const writes = new AttemptWrites();
    const heard: string[] = [];
    writes.listen(() => {
      throw new Error('listener broke');
    });
    writes.listen((id) => heard.push(id));
    const store = writes.observe(new MemoryAttemptStore());
    await expect(store.abandon('missing')).rejects.toThrow();
    expect(heard).toEqual([]);
    await store.create(log('a1'));
    expect(heard).toEqual(['a1']);
  });
});
