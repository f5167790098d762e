import { useEffect, useState } from 'react';

/**
 * True for `ms` after `key` first shows up, then false: "this message is still
 * being typed / spoken". It only drives presentation and never holds anything up.
 * A key of undefined, or `ms` ≤ 0, is never fresh.
 */
export function useFresh(key: string | undefined, ms: number): boolean {
  const [settled, setSettled] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (key === undefined || ms <= 0) return undefined;
    const timer = window.setTimeout(() => setSettled(key), ms);
    return () => window.clearTimeout(timer);
  }, [key, ms]);
  return key !== undefined && ms > 0 && settled !== key;
}
