import { useReducedMotion } from 'framer-motion';
import { useEffect, useRef, type RefObject } from 'react';

/**
 * Scrolls the element marked `data-latest` inside `container` into view whenever `key`
 * changes after the first render, so a new message is on screen without moving focus.
 */
export function useFollowLatest(
  key: string | undefined,
  container: RefObject<HTMLElement | null>,
  block: ScrollLogicalPosition,
): void {
  const reduce = useReducedMotion() ?? false;
  const seen = useRef<string | undefined>(undefined);
  useEffect(() => {
    const previous = seen.current;
    seen.current = key;
    if (key === undefined || previous === undefined || previous === key) return;
    const target = container.current?.querySelector<HTMLElement>('[data-latest]');
    // jsdom has no scrollIntoView.
    if (typeof target?.scrollIntoView === 'function') {
      target.scrollIntoView({ block, behavior: reduce ? 'auto' : 'smooth' });
    }
  }, [key, container, block, reduce]);
}
