import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { usePrinting } from '../../ui/use-printing.ts';
import type { AttemptSort, AttemptSummary } from '../../core/review/review-types.ts';
import {
  ATTEMPT_COLUMNS,
  DATE_FORMAT,
  resultText,
  scoreText,
  VERIFICATION_LABELS,
} from './attempt-columns.ts';

/** Props of {@link AttemptsTable}. */
export interface AttemptsTableProps {
  /** The rows to show, already filtered and sorted. */
  rows: readonly AttemptSummary[];
  /** How the rows are sorted (shown on the column headers). */
  sort: AttemptSort;
  /** Sorts by a column. */
  onSort: (key: AttemptSort['key']) => void;
  /** A scenario's title by id. */
  titleOf: (scenarioId: string) => string;
  /** Links: a trainee's, a scenario's and an attempt's page. */
  hrefs: {
    trainee: (name: string) => string;
    scenario: (id: string) => string;
    attempt: (id: string) => string;
  };
}

const ROW_HEIGHT = 44;
/** The most rows a printout holds (about 60 pages); the CSV is for more. */
const PRINT_LIMIT = 2000;

/**
 * Every attempt as a table that stays smooth with 100,000 rows: only the rows in view
 * are in the page (virtualised), between two spacer rows that keep the scroll height.
 * It stays a real table (headers, aria-rowcount and aria-rowindex), so screen readers
 * announce where they are.
 */
export function AttemptsTable({ rows, sort, onSort, titleOf, hrefs }: AttemptsTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    // Before the box is measured (first render), still render a first screenful.
    initialRect: { width: 1000, height: 600 },
  });
  // On paper every row is there (up to a sane number of pages), not only the ones in view.
  const printing = usePrinting();
  const items = printing
    ? rows.slice(0, PRINT_LIMIT).map((_, index) => ({ index, start: 0, end: 0 }))
    : virtualizer.getVirtualItems();
  const top = printing ? 0 : (items[0]?.start ?? 0);
  const bottom = printing ? 0 : virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="attempts-table" ref={scrollRef} tabIndex={0} aria-label="Attempts, scrollable">
      <table aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {ATTEMPT_COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={column.numeric ? 'is-numeric' : undefined}
                aria-sort={
                  sort.key === column.key
                    ? sort.direction === 'asc'
                      ? 'ascending'
                      : 'descending'
                    : undefined
                }
              >
                <button type="button" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span aria-hidden="true" className="attempts-table__arrow">
                    {sort.key === column.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true" style={{ height: top }}>
              <td colSpan={ATTEMPT_COLUMNS.length} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            const flag = VERIFICATION_LABELS[row.verification];
            return (
              <tr key={row.attemptId} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT }}>
                <td>
                  <a href={hrefs.trainee(row.trainee)}>{row.trainee}</a>
                </td>
                <td>
                  <a href={hrefs.scenario(row.scenarioId)}>{titleOf(row.scenarioId)}</a>
                </td>
                <td>
                  <a href={hrefs.attempt(row.attemptId)}>{DATE_FORMAT.format(row.startedAt)}</a>
                </td>
                <td>{row.mode === 'assessment' ? 'Assessment' : 'Practice'}</td>
                <td className="is-numeric">{scoreText(row.overall)}</td>
                <td className="is-numeric">{scoreText(row.scores.tone)}</td>
                <td className="is-numeric">{scoreText(row.scores.promptness)}</td>
                <td className="is-numeric">{scoreText(row.scores.extraMile)}</td>
                <td>
                  <span
                    className={`result result--${row.pass === null ? 'none' : row.pass ? 'pass' : 'fail'}`}
                  >
                    {resultText(row)}
                  </span>
                  {flag !== undefined && (
                    <span className={`flag flag--${row.verification}`}>{flag}</span>
                  )}
                </td>
                <td>{row.ending ?? '–'}</td>
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true" style={{ height: bottom }}>
              <td colSpan={ATTEMPT_COLUMNS.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
