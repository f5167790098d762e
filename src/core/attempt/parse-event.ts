import type { AttemptEvent } from './attempt-log.ts';

/** A log event that passed the shape checks, or why it did not. */
export type ParsedEvent = { event: AttemptEvent; warning?: string } | { error: string };

const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * Checks one event of an untrusted log (a stored or imported file) without
 * throwing. A bad wall-clock `at` only warns: it is for people, the engine runs on `t`.
 */
export function parseEvent(raw: unknown): ParsedEvent {
  if (typeof raw !== 'object' || raw === null) return { error: 'is not an object' };
  const type = 'type' in raw ? raw.type : undefined;
  const t = 't' in raw ? raw.t : undefined;
  const atValue = 'at' in raw ? raw.at : undefined;
  if (!isTime(t)) return { error: `has no valid active time 't' (${String(t)})` };
  const at = isTime(atValue) ? atValue : 0;
  const warning = isTime(atValue)
    ? undefined
    : `has no valid wall-clock time 'at' (${String(atValue)})`;
  const withWarning = (event: AttemptEvent): ParsedEvent =>
    warning === undefined ? { event } : { event, warning };
  switch (type) {
    case 'reply': {
      const option = 'option' in raw ? raw.option : undefined;
      if (typeof option !== 'string') return { error: 'is a reply without an option id' };
      return withWarning({ type, t, at, option });
    }
    case 'timeout': {
      const state = 'state' in raw ? raw.state : undefined;
      const delay = 'delay' in raw ? raw.delay : undefined;
      if (typeof state !== 'string' || !isTime(delay))
        return { error: 'is a timeout without a state and a delay' };
      return withWarning({ type, t, at, state, delay });
    }
    case 'pause':
    case 'resume':
      return withWarning({ type, t, at });
    default:
      return { error: `has an unknown type '${String(type)}'` };
  }
}
