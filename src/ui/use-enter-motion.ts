import { useReducedMotion } from 'framer-motion';

/** Motion props for something that has just appeared: a short fade and rise, none when motion is reduced. */
export function useEnterMotion(rise = 6): {
  initial: false | { opacity: number; y: number };
  animate: { opacity: number; y: number };
} {
  const reduce = useReducedMotion() ?? false;
  return {
    initial: reduce ? false : { opacity: 0, y: rise },
    animate: { opacity: 1, y: 0 },
  };
}
