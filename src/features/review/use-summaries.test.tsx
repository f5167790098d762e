import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MemoryAttemptStore } from '../../storage/memory-attempt-store.ts';
import { useSummaries } from './use-summaries.ts';
import { summaryRows } from './testing/summary-rows.ts';

describe('useSummaries', () => {
  it('reads once at a time: a burst of changes during a read brings one more read', async () => {
    const store = new MemoryAttemptStore();
    const listeners = new Set<() => void>();
    let release: () => void = () => undefined;
    let reads = 0;
    vi.spyOn(store, 'subscribe').mockImplementation((listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    });
    vi.spyOn(store, 'listSummaries').mockImplementation(() => {
      reads++;
      const rows = summaryRows(reads);
      return new Promise((resolve) => (release = () => resolve(rows)));
    });
    const { result } = renderHook(() => useSummaries(store));
    expect(result.current.status).toBe('loading');
    for (let i = 0; i < 20; i++) for (const l of listeners) l();
    expect(reads).toBe(1);
    await act(() => {
      release();
      return Promise.resolve();
    });
    await waitFor(() => expect(reads).toBe(2));
    await act(() => {
      release();
      return Promise.resolve();
    });
    expect(result.current).toEqual({ status: 'ready', rows: summaryRows(2) });
    expect(reads).toBe(2);
  });

  it('says why when the summaries cannot be read', async () => {
    const store = new MemoryAttemptStore();
    vi.spyOn(store, 'listSummaries').mockRejectedValue(new Error('disk on fire'));
    const { result } = renderHook(() => useSummaries(store));
    await waitFor(() =>
      expect(result.current).toEqual({ status: 'failed', message: 'disk on fire' }),
    );
  });
});
