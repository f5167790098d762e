import type { AttemptSummary } from '../../core/review/review-types.ts';
import { ImportPanel } from './import-panel.tsx';
import { StoragePanel } from './storage-panel.tsx';

/** Import attempts, export backups, and what the browser keeps. */
export function DataPage({ rows }: { rows: readonly AttemptSummary[] }) {
  return (
    <>
      <ImportPanel />
      <StoragePanel rows={rows} />
    </>
  );
}
