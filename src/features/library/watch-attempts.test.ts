import { describe, expect, it, vi } from 'vitest';
import type { AttemptStore, StoredAttempt } from '../../storage/attempt-store.ts';
import { storedAttempt } from './testing/attempt-fixtures.ts';
import { FakeAttemptStore } from './testing/fake-attempt-store.ts';
import { watchAttempts } from './watch-attempts.ts';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchAttempts', () => {
  it('lists the trainee’s attempts now and after every change, until stopped', async () => {
    const store = new FakeAttemptStore();
    store.seed(storedAttempt({ id: 'mine' }));
    store.seed(storedAttempt({ id: 'theirs', trainee: 'Sam' }));
    const seen: string[][] = [];
    const stop = watchAttempts(
      store,
      { trainee: 'Dana' },
      (list) => seen.push(list.map((a) => a.attemptId)),
      () => undefined,
    );
    await flush();
    expect(seen).toEqual([['mine']]);

    await store.abandon('mine');
    await flush();
    expect(seen).toHaveLength(2);

    stop();
    store.seed(storedAttempt({ id: 'later' }));
    await flush();
    expect(seen).toHaveLength(2);
  });

  it('delivers only the answer to the latest request', async () => {
    const answers: ((list: StoredAttempt[]) => void)[] = [];
    let listener = () => {};
    const store = {
      list: () => new Promise<StoredAttempt[]>((resolve) => answers.push(resolve)),
      subscribe: (l: () => void) => {
        listener = l;
        return () => {};
      },
    } as unknown as AttemptStore;
    const onList = vi.fn();
    watchAttempts(store, {}, onList, () => undefined);
    listener(); // a change arrives before the first list answered
    answers[1]?.([storedAttempt({ id: 'new' })]);
    answers[0]?.([storedAttempt({ id: 'old' })]);
    await flush();
    expect(onList).toHaveBeenCalledTimes(1);
    expect((onList.mock.calls[0]?.[0] as StoredAttempt[])[0]?.attemptId).toBe('new');
  });

  it('reports a failed read', async () => {
    const store = new FakeAttemptStore();
    store.list = () => Promise.reject(new Error('disk on fire'));
    const onError = vi.fn();
    watchAttempts(store, {}, () => undefined, onError);
    await flush();
    expect(onError).toHaveBeenCalledWith('disk on fire');
  });
});
