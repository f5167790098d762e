import { useMemo, useState } from 'react';
import { attemptsToCsv } from '../../core/review/attempts-csv.ts';
import { filterAttempts } from '../../core/review/filter-attempts.ts';
import type { AttemptSummary } from '../../core/review/review-types.ts';
import { sortAttempts } from '../../core/review/sort-attempts.ts';
import { useAttemptStore } from '../../storage/attempt-store-context.tsx';
import { downloadFile } from '../../ui/download-file.ts';
import { AttemptsFilters } from './attempts-filters.tsx';
import { AttemptsTable } from './attempts-table.tsx';
import { titleLookup, useReviewScenarios } from './review-context.ts';
import { useReviewFilterStore } from './review-filter-store.ts';
import { reviewHref } from './review-links.ts';
import { exportName } from './export-name.ts';
import { lastBackupAt, onlyHereCount } from './last-backup.ts';
import { bundleBlob } from './bundle-blob.ts';

/** Props of {@link AttemptsPage}. */
export interface AttemptsPageProps {
  /** Every attempt's summary. */
  rows: readonly AttemptSummary[];
}

/** The manager's first screen: every attempt, filtered, sorted and exported. */
export function AttemptsPage({ rows }: AttemptsPageProps) {
  const { cards } = useReviewScenarios();
  const store = useAttemptStore();
  const { filter, sort, setFilter, sortBy, clear } = useReviewFilterStore();
  const [exporting, setExporting] = useState<string | undefined>();
  const titleOf = useMemo(() => titleLookup(cards), [cards]);
  const shown = useMemo(
    () => sortAttempts(filterAttempts(rows, filter, titleOf), sort, titleOf),
    [rows, filter, sort, titleOf],
  );
  const trainees = useMemo(
    () => [...new Set(rows.map((r) => r.trainee))].sort((a, b) => a.localeCompare(b)),
    [rows],
  );
  const scenarios = useMemo(() => {
    const ids = new Set([...cards.map((c) => c.id), ...rows.map((r) => r.scenarioId)]);
    return [...ids]
      .map((id) => ({ id, title: titleOf(id) }))
      .sort((a, b) => a.title.localeCompare(b.title));
  }, [cards, rows, titleOf]);
  const filtered = Object.keys(filter).length > 0;
  const onlyHere = useMemo(() => onlyHereCount(rows, lastBackupAt()), [rows]);

  const exportCsv = () =>
    downloadFile(
      exportName('attempts', 'csv'),
      attemptsToCsv(shown, titleOf),
      'text/csv;charset=utf-8',
    );
  const exportBundle = async () => {
    setExporting('Preparing the bundle…');
    try {
      // Only the attempts shown, in the order shown, read a page at a time.
      const { blob } = await bundleBlob(
        store,
        shown.map((r) => r.attemptId),
        Date.now(),
        (done) =>
          setExporting(
            `Preparing the bundle… ${done.toLocaleString()} of ${shown.length.toLocaleString()}`,
          ),
      );
      downloadFile(exportName('attempts', 'json'), blob);
      setExporting(undefined);
    } catch (error) {
      setExporting(
        `The bundle could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <section aria-labelledby="attempts-heading" className="review-section">
      <h2 id="attempts-heading">Attempts</h2>
      {onlyHere > 0 && (
        <p className="backup-reminder" role="note">
          {onlyHere.toLocaleString()} {onlyHere === 1 ? 'attempt exists' : 'attempts exist'} only in
          this browser. <a href={reviewHref.data()}>Export a backup</a> so they survive a cleared
          browser or a new computer.
        </p>
      )}
      <AttemptsFilters
        filter={filter}
        onChange={setFilter}
        trainees={trainees}
        scenarios={scenarios}
      />
      <div className="review-toolbar">
        <p role="status">
          {filtered
            ? `Showing ${shown.length.toLocaleString()} of ${rows.length.toLocaleString()} attempts`
            : `Showing all ${rows.length.toLocaleString()} attempts`}
        </p>
        {filtered && (
          <button type="button" className="review-button review-button--quiet" onClick={clear}>
            Clear filters
          </button>
        )}
        <button
          type="button"
          className="review-button"
          onClick={exportCsv}
          disabled={shown.length === 0}
        >
          Export CSV
        </button>
        <button
          type="button"
          className="review-button"
          onClick={() => void exportBundle()}
          disabled={shown.length === 0}
        >
          Export JSON bundle
        </button>
        {exporting !== undefined && <p role="status">{exporting}</p>}
      </div>
      {rows.length === 0 ? (
        <p>
          No attempts yet. Trainees' attempts on this computer appear here as they play; attempts
          played elsewhere can be imported on the <a href={reviewHref.data()}>Import and export</a>{' '}
          page.
        </p>
      ) : (
        <AttemptsTable
          rows={shown}
          sort={sort}
          onSort={sortBy}
          titleOf={titleOf}
          hrefs={reviewHref}
        />
      )}
    </section>
  );
}
