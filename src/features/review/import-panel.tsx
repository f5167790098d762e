import { useId, useState, type DragEvent } from 'react';
import type { ImportSummary } from '../../core/review/import-types.ts';
import { useAttemptStore } from '../../storage/attempt-store-context.tsx';
import { requestPersistence } from '../../storage/storage-usage.ts';
import { useReviewScenarios } from './review-context.ts';
import { runImport, type ImportProgress } from './run-import.ts';

type ImportState =
  | { status: 'idle' }
  /** `checked` of `total` when replaying, shown by a progress bar (not read out each time). */
  | { status: 'working'; message: string; checked?: number; total?: number }
  | { status: 'done'; summary: ImportSummary }
  | { status: 'failed'; message: string };

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/**
 * The state while an import runs. The status line names the stage only, so a screen
 * reader hears a few sentences, not one per 200 attempts; the bar shows the count.
 */
function progressState(progress: ImportProgress): ImportState {
  if (progress.stage === 'comparing') {
    return {
      status: 'working',
      message: `Comparing ${plural(progress.attempts, 'attempt')} with those already stored…`,
    };
  }
  return {
    status: 'working',
    message: `Replaying and checking ${plural(progress.total, 'attempt')}…`,
    checked: progress.checked,
    total: progress.total,
  };
}

/** The summary once the store has said what it really added (another import may have won). */
function settled(summary: ImportSummary, skipped: number): ImportSummary {
  if (skipped === 0) return summary;
  return { ...summary, added: summary.added - skipped, duplicates: summary.duplicates + skipped };
}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** One line per kind of result, only those that happened. */
function summaryLines(summary: ImportSummary): string[] {
  const lines = [`${plural(summary.added, 'attempt')} added`];
  if (summary.verified > 0) lines.push(`${plural(summary.verified, 'attempt')} verified by replay`);
  if (summary.altered > 0) {
    lines.push(
      `${plural(summary.altered, 'attempt')} altered: the numbers do not match the replay`,
    );
  }
  if (summary.cannotVerify > 0) {
    lines.push(
      `${plural(summary.cannotVerify, 'attempt')} kept but cannot be verified (scenario version not here)`,
    );
  }
  if (summary.duplicates > 0)
    lines.push(`${plural(summary.duplicates, 'duplicate')} already stored, skipped`);
  if (summary.rejected.length > 0)
    lines.push(`${plural(summary.rejected.length, 'file or entry', 'files or entries')} rejected`);
  return lines;
}

/**
 * Imports attempt files trainees downloaded elsewhere, or bundles: dropped or picked.
 * Each attempt is re-scored by replaying its log against the scenario version it names;
 * the summary says what was added, what was altered, what was a duplicate and what was
 * rejected, and why. Nothing already stored changes.
 */
export function ImportPanel() {
  const store = useAttemptStore();
  const { loadAll } = useReviewScenarios();
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const [over, setOver] = useState(false);
  const inputId = useId();

  const working = state.status === 'working';
  const importFiles = async (files: readonly File[]) => {
    // One import at a time: two planned against the same stored attempts would both count
    // the same attempts as added.
    if (files.length === 0 || working) return;
    setState({ status: 'working', message: `Reading ${plural(files.length, 'file')}…` });
    // Read and replayed in a worker: the page stays responsive and shows progress.
    const run = await runImport({
      files,
      loadScenarios: loadAll,
      storedLogs: (ids) => store.getMany(ids),
      now: Date.now(),
      onProgress: (progress) => setState(progressState(progress)),
    });
    if (run.status === 'failed') {
      setState({ status: 'failed', message: run.message });
      return;
    }
    const { toStore, summary } = run.plan;
    try {
      let skipped = 0;
      if (toStore.length > 0) {
        setState({ status: 'working', message: `Storing ${plural(toStore.length, 'attempt')}…` });
        skipped = (await store.importAttempts(toStore)).skipped;
        // Attempts that exist only here now: ask the browser not to clear them (it decides).
        void requestPersistence();
      }
      setState({ status: 'done', summary: settled(summary, skipped) });
    } catch (error) {
      setState({ status: 'failed', message: `Nothing was imported: ${reasonOf(error)}` });
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void importFiles([...event.dataTransfer.files]);
  };

  return (
    <section aria-labelledby="import-heading" className="review-section">
      <h2 id="import-heading">Import attempts</h2>
      <p>
        Attempt files trainees downloaded on other computers (<code>.json</code>), or a bundle
        exported from another review. Each attempt is scored again by replaying its log; numbers
        that do not match are flagged as altered.
      </p>
      <div
        className={`drop-zone${over ? ' drop-zone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>Drop attempt files or bundles here, or</p>
        <label htmlFor={inputId} className="review-button">
          Choose files…
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          multiple
          disabled={working}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void importFiles(files);
          }}
        />
      </div>
      <div className="import-result">
        {/* One live region, always there, so every change is read out once. */}
        <p role="status">
          {state.status === 'working' && state.message}
          {state.status === 'done' && `Import finished: ${summaryLines(state.summary).join('; ')}.`}
        </p>
        {state.status === 'working' && state.total !== undefined && (
          <progress
            max={state.total}
            value={state.checked ?? 0}
            aria-label="Attempts checked"
            className="import-result__progress"
          />
        )}
        {state.status === 'failed' && <p role="alert">{state.message}</p>}
        {state.status === 'done' && (
          <section aria-label="Import summary">
            <h3>Import summary</h3>
            <ul>
              {summaryLines(state.summary).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            {state.summary.rejected.length > 0 && (
              <>
                <h4>Rejected</h4>
                <ul className="import-result__rejected">
                  {state.summary.rejected.map((r, i) => (
                    <li key={i}>
                      <strong>
                        {r.file}
                        {r.entry === undefined ? '' : `, entry ${r.entry + 1}`}
                      </strong>
                      : {r.reason}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        )}
      </div>
    </section>
  );
}
