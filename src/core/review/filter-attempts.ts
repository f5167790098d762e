import { foldText, queryWords } from './fold-text.ts';
import type { AttemptFilter, AttemptSummary } from './review-types.ts';

/** Whether anything in the filter narrows the attempts (so "Clear filters" has something to clear). */
export function isAttemptFilterActive(filter: AttemptFilter): boolean {
  return (
    (filter.trainees?.length ?? 0) > 0 ||
    (filter.scenarioIds?.length ?? 0) > 0 ||
    isBound(filter.from) ||
    isBound(filter.to) ||
    filter.mode !== undefined ||
    filter.pass !== undefined ||
    filter.status !== undefined ||
    filter.verification !== undefined ||
    queryWords(typeof filter.query === 'string' ? filter.query : '').length > 0
  );
}

// A date bound that is not a finite number (NaN from an empty date input) does not filter.
function isBound(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Folds each distinct value once per call: 100,000 rows share a few hundred trainee names,
 * a dozen titles and a few dozen endings, so folding per row would repeat the same work.
 */
function memoFold(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let value = folded.get(text);
    if (value === undefined) {
      value = foldText(text);
      folded.set(text, value);
    }
    return value;
  };
}

/**
 * The attempts that pass the filter, in their given order. An absent field does not
 * filter, and neither does an empty list of trainees or scenarios (nothing picked means
 * all). Free text: every word must appear in the trainee's name, the scenario's title
 * (from `titleOf`) or the ending's title, case- and accent-insensitive.
 */
export function filterAttempts(
  rows: readonly AttemptSummary[],
  filter: AttemptFilter,
  titleOf: (scenarioId: string) => string,
): AttemptSummary[] {
  const trainees = filter.trainees?.length ? new Set(filter.trainees) : undefined;
  const scenarioIds = filter.scenarioIds?.length ? new Set(filter.scenarioIds) : undefined;
  const from = isBound(filter.from) ? filter.from : undefined;
  const to = isBound(filter.to) ? filter.to : undefined;
  const { mode, pass, status, verification } = filter;
  const words = queryWords(typeof filter.query === 'string' ? filter.query : '');

  const fold = memoFold();
  const titles = new Map<string, string>();
  const foldedTitle = (scenarioId: string): string => {
    let title = titles.get(scenarioId);
    if (title === undefined) {
      title = fold(titleText(titleOf, scenarioId));
      titles.set(scenarioId, title);
    }
    return title;
  };
  const matchesWords = (row: AttemptSummary): boolean => {
    const trainee = fold(row.trainee);
    const title = foldedTitle(row.scenarioId);
    const ending = row.ending === null ? '' : fold(row.ending);
    for (const word of words) {
      if (!trainee.includes(word) && !title.includes(word) && !ending.includes(word)) {
        return false;
      }
    }
    return true;
  };

  const kept: AttemptSummary[] = [];
  for (const row of rows) {
    if (trainees !== undefined && !trainees.has(row.trainee)) continue;
    if (scenarioIds !== undefined && !scenarioIds.has(row.scenarioId)) continue;
    if (from !== undefined && !(row.startedAt >= from)) continue;
    if (to !== undefined && !(row.startedAt < to)) continue;
    if (mode !== undefined && row.mode !== mode) continue;
    // Unscored attempts (pass null) are neither passed nor failed.
    if (pass !== undefined && row.pass !== pass) continue;
    if (status !== undefined && row.status !== status) continue;
    if (verification !== undefined && row.verification !== verification) continue;
    if (words.length > 0 && !matchesWords(row)) continue;
    kept.push(row);
  }
  return kept;
}

/** A scenario's title for searching; the id when the caller's lookup has none or fails. */
export function titleText(titleOf: (scenarioId: string) => string, scenarioId: string): string {
  try {
    const title = titleOf(scenarioId);
    return typeof title === 'string' ? title : scenarioId;
  } catch {
    return scenarioId;
  }
}
