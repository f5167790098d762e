/**
 * Milliseconds as an ISO 8601 duration, the form xAPI's `result.duration` takes:
 * `PT1H2M3.456S`, `PT4S`, `PT0S`. Built from integers so no float noise reaches the text;
 * hours are not folded into days, which LRSs would have to guess the length of.
 */
export function isoDuration(ms: number): string {
  const total = Number.isFinite(ms) ? Math.max(0, Math.round(ms)) : 0;
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;
  let out = 'PT';
  if (hours > 0) out += `${hours}H`;
  if (minutes > 0) out += `${minutes}M`;
  if (seconds > 0 || millis > 0 || out === 'PT') {
    const fraction = millis > 0 ? `.${String(millis).padStart(3, '0').replace(/0+$/, '')}` : '';
    out += `${seconds}${fraction}S`;
  }
  return out;
}
