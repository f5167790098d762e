const MAX_CENTISECONDS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * A duration as SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` (cmi.core.session_time,
 * interaction latency). Negative or non-finite input counts as zero; the type cannot
 * hold more than 9999 hours, so longer spans are capped rather than rejected by the LMS.
 */
export function scorm12Timespan(ms: number): string {
  const centiseconds =
    Number.isFinite(ms) && ms > 0 ? Math.min(Math.round(ms / 10), MAX_CENTISECONDS) : 0;
  const hours = Math.floor(centiseconds / 360000);
  const minutes = Math.floor(centiseconds / 6000) % 60;
  const seconds = Math.floor(centiseconds / 100) % 60;
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(centiseconds % 100, 2)}`;
}

/** A moment's local time of day as SCORM 1.2's CMITime, `HH:MM:SS` (interaction time). */
export function scorm12Time(date: Date): string {
  return `${pad(date.getHours(), 2)}:${pad(date.getMinutes(), 2)}:${pad(date.getSeconds(), 2)}`;
}
