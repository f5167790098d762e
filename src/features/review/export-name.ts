/** `extra-mile-<what>-<yyyy-mm-dd>.<ext>`: a file name that sorts by date. */
export function exportName(what: string, ext: string, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `extra-mile-${what}-${day}.${ext}`;
}
