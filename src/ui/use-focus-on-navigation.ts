import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'wouter';

/**
 * Moves focus to `target` (a page's main region) when the route changes within an area,
 * as a full page load would: without it, keyboard and screen reader users stay on the
 * link or button they used, which may no longer exist, and hear nothing of the new page.
 * The first render is left alone (the browser handles a real load). A page that focuses
 * something itself afterwards (an editor at a line) simply takes the focus on.
 */
export function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    const element = target.current;
    if (element === null) return;
    if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
    element.focus({ preventScroll: false });
  }, [location, target]);
}
