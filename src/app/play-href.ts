import type { Mode } from '../core/attempt/attempt-log.ts';

/** The mode a play link asks for: `?mode=assessment`, else practice (the safe default). */
export function modeFromSearch(search: string): Mode {
  return new URLSearchParams(search).get('mode') === 'assessment' ? 'assessment' : 'practice';
}

/** The route that plays a scenario in a mode; practice needs no query. */
export function playPath(scenarioId: string, mode: Mode): string {
  const path = `/play/${encodeURIComponent(scenarioId)}`;
  return mode === 'assessment' ? `${path}?mode=assessment` : path;
}
