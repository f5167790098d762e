import { useReducedMotion } from 'framer-motion';
import { useState } from 'react';

/**
 * Motion props for something that has just appeared: a short fade and rise, none when
 * motion is reduced or when `appear` is false (it was already there when its view opened).
 */
export function useEnterMotion(
  rise = 6,
  appear = true,
): {
  initial: false | { opacity: number; y: number };
  animate: { opacity: number; y: number };
} {
  const reduce = useReducedMotion() ?? false;
  return {
    initial: reduce || !appear ? false : { opacity: 0, y: rise },
    animate: { opacity: 1, y: 0 },
  };
}

/**
 * The keys on screen when a view first rendered. What a conversation already holds when it
 * opens (or resumes) shows at once; only what arrives after animates in, so the first
 * message never waits for the animation code.
 */
export function useOpeningKeys(keys: readonly string[]): ReadonlySet<string> {
  const [opening] = useState(() => new Set(keys));
  return opening;
}
