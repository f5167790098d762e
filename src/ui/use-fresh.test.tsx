import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFresh } from './use-fresh.ts';

describe('useFresh', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('is fresh for the given time after each new key', () => {
    const { result, rerender } = renderHook<boolean, { k: string | undefined }>(
      ({ k }) => useFresh(k, 1000),
      { initialProps: { k: undefined } },
    );
    rerender({ k: 'a' });
    expect(result.current).toBe(true);
    act(() => {
      vi.advanceTimersByTime(999);
    });
    expect(result.current).toBe(true);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(result.current).toBe(false);
    rerender({ k: 'b' });
    expect(result.current).toBe(true);
    rerender({ k: undefined });
    expect(result.current).toBe(false);
  });

  it('treats the key it mounts with as already there (a resumed conversation)', () => {
    const { result, rerender } = renderHook<boolean, { k: string }>(({ k }) => useFresh(k, 1000), {
      initialProps: { k: 'a' },
    });
    expect(result.current).toBe(false);
    rerender({ k: 'b' });
    expect(result.current).toBe(true);
  });

  it('is never fresh without time', () => {
    const { result } = renderHook(() => useFresh('a', 0));
    expect(result.current).toBe(false);
  });
});
