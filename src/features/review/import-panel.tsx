import { useId, useState, type DragEvent } from 'react';
import type { ImportSummary } from '../../core/review/import-types.ts';
import { planImport } from '../../core/review/plan-import.ts';
import type { AttemptLog } from '../../core/attempt/attempt-log.ts';
import { useAttemptStore } from '../../storage/attempt-store-context.tsx';
import { useReviewScenarios } from './review-context.ts';

type ImportState =
  | { status: 'idle' }
  | { status: 'working'; message: string }
  | { status: 'done'; summary: ImportSummary }
  | { status: 'failed'; message: string };

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

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

  const importFiles = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setState({ status: 'working', message: `Reading ${plural(files.length, 'file')}…` });
    try {
      const [texts, scenarios, stored] = await Promise.all([
        Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))),
        loadAll(),
        store.list(),
      ]);
      setState({ status: 'working', message: 'Replaying and checking every attempt…' });
      // Let the message paint: the replay below keeps the page busy for a moment.
      await new Promise((resolve) => window.setTimeout(resolve, 30));
      const byFingerprint = new Map(scenarios.map((s) => [s.fingerprint, s]));
      const logs = new Map<string, { log: AttemptLog }>(stored.map((a) => [a.attemptId, a]));
      const plan = planImport(
        texts,
        (id) => logs.get(id),
        (fp) => byFingerprint.get(fp),
        Date.now(),
      );
      if (plan.toStore.length > 0) await store.importAttempts(plan.toStore);
      setState({ status: 'done', summary: plan.summary });
    } catch (error) {
      setState({
        status: 'failed',
        message: `Nothing was imported: ${error instanceof Error ? error.message : String(error)}`,
      });
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
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void importFiles(files);
          }}
        />
      </div>
      <div aria-live="polite" className="import-result">
        {state.status === 'working' && <p role="status">{state.message}</p>}
        {state.status === 'failed' && <p role="alert">{state.message}</p>}
        {state.status === 'done' && (
          <div role="status" aria-label="Import summary">
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
          </div>
        )}
      </div>
    </section>
  );
}
