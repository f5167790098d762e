import { describe, expect, it, vi } from 'vitest';
import { withTimeout } from './with-timeout.ts';

describe('withTimeout', () => {
  it('passes an answer through, and fails a request that never answers', async () => {
    await expect(withTimeout(Promise.resolve(7), 1_000)).resolves.toBe(7);
    vi.useFakeTimers();
    try {
      const never = withTimeout(new Promise<never>(() => undefined), 30_000);
      const failed = expect(never).rejects.toThrow('the LRS did not answer within 30 s');
      await vi.advanceTimersByTimeAsync(30_000);
      await failed;
    } finally {
      vi.useRealTimers();
    }
  });
});
