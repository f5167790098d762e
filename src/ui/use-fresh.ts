import { useEffect, useState } from 'react';

/**
 * True for `ms` after `key` first shows up, then false: "this message is still
 * being typed / spoken". It only drives presentation and never holds anything up.
 * A key of undefined, or `ms` ≤ 0, is never fresh; nor is the key present on mount:
 * a conversation that opens (or resumes) shows what was already said at once.
 */
export function useFresh(key: string | undefined, ms: number): boolean {
  const [settled, setSettled] = useState<string | undefined>(key);
  useEffect(() => {
    if (key === undefined || ms <= 0) return undefined;
    const timer = window.setTimeout(() => setSettled(key), ms);
    return () => window.clearTimeout(timer);
  }, [key, ms]);
  return key !== undefined && ms > 0 && settled !== key;
}
