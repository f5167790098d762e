/**
 * A span of time as people say it: "8 s", "41 s", "2 min 5 s", "3 min", "1 h 20 min".
 * Below 10 s one decimal is kept when it matters ("2.5 s"), so quick replies do not all read "0 s".
 */
export function formatSpan(ms: number): string {
  const safe = Math.max(0, ms);
  if (safe < 10_000) {
    const s = Number((safe / 1000).toFixed(1));
    return `${s} s`;
  }
  const total = Math.round(safe / 1000);
  if (total < 60) return `${total} s`;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return seconds > 0 ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

/** Time taken against a budget, as on the scorecard: "41 s of 30 s". */
export function timeAgainstBudget(ms: number, budgetMs: number): string {
  return `${formatSpan(ms)} of ${formatSpan(budgetMs)}`;
}
