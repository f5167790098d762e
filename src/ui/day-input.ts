/**
 * `yyyy-mm-dd` from a date input to the epoch ms of the start of that local day, or of a day
 * `offsetDays` later (by the calendar: a day with a clock change is 23 or 25 hours long).
 */
export function dayStart(value: string, offsetDays = 0): number | undefined {
  if (value === '') return undefined;
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return undefined;
  const time = new Date(y, m - 1, d + offsetDays).getTime();
  return Number.isNaN(time) ? undefined : time;
}

/** Epoch ms back to `yyyy-mm-dd` (local), for a date input's value. */
export function dayValue(time: number | undefined, offsetDays = 0): string {
  if (time === undefined) return '';
  const d = new Date(time);
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
