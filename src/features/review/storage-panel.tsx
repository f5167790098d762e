import { useEffect, useState } from 'react';
import type { AttemptSummary } from '../../core/review/review-types.ts';
import { useAttemptStore } from '../../storage/attempt-store-context.tsx';
import {
  requestPersistence,
  storageUsage,
  type StorageUsage,
} from '../../storage/storage-usage.ts';
import { downloadFile } from '../../ui/download-file.ts';
import { exportName } from './export-name.ts';
import { lastBackupAt, onlyHereCount, rememberBackup } from './last-backup.ts';
import { bundleBlob } from './bundle-blob.ts';

/** Props of {@link StoragePanel}. */
export interface StoragePanelProps {
  /** Every attempt's summary, to know what exists only here. */
  rows: readonly AttemptSummary[];
}

const MB = 1024 * 1024;
const size = (bytes: number) =>
  bytes >= 1024 * MB ? `${(bytes / 1024 / MB).toFixed(1)} GB` : `${(bytes / MB).toFixed(1)} MB`;

/**
 * Where the attempts live: how much of the browser's storage they use, whether the browser
 * promised to keep them, and a reminder to export a backup when attempts exist only here.
 */
export function StoragePanel({ rows }: StoragePanelProps) {
  const store = useAttemptStore();
  const [usage, setUsage] = useState<StorageUsage | undefined>();
  const [backupAt, setBackupAt] = useState(lastBackupAt);
  const [note, setNote] = useState<string | undefined>();
  useEffect(() => {
    let live = true;
    void storageUsage().then((u) => live && setUsage(u));
    return () => {
      live = false;
    };
  }, [rows]);

  // Played here, or changed since the last backup: lost with this browser's data.
  const onlyHere = onlyHereCount(rows, backupAt);

  const keep = async () => {
    const granted = await requestPersistence();
    setNote(
      granted
        ? 'The browser will keep the attempts unless you clear its data yourself.'
        : 'The browser did not promise to keep the attempts (it decides by itself, often for sites you use a lot or bookmark). Export backups.',
    );
    setUsage(await storageUsage());
  };
  const backup = async () => {
    // Taken first: an attempt saved while the backup is made is not counted as backed up.
    const now = Date.now();
    setNote('Preparing the backup…');
    try {
      const { blob, count } = await bundleBlob(
        store,
        rows.map((r) => r.attemptId),
        now,
        (done) =>
          setNote(
            `Preparing the backup… ${done.toLocaleString()} of ${rows.length.toLocaleString()}`,
          ),
      );
      downloadFile(exportName('backup', 'json'), blob);
      rememberBackup(now);
      setBackupAt(now);
      setNote(`Backup of ${count.toLocaleString()} attempts downloaded.`);
    } catch (error) {
      setNote(
        `The backup could not be made: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  return (
    <section aria-labelledby="storage-heading" className="review-section">
      <h2 id="storage-heading">Storage on this computer</h2>
      {!store.durable && (
        <p role="alert">
          {store.problem?.message ?? 'This browser is not storing attempts.'} Attempts shown here
          are lost when the tab closes.
        </p>
      )}
      <dl className="storage-facts">
        <dt>Attempts</dt>
        <dd>{rows.length.toLocaleString()}</dd>
        <dt>Space used</dt>
        <dd>
          {usage?.usedBytes === undefined
            ? 'Unknown (the browser does not say)'
            : `${size(usage.usedBytes)}${usage.quotaBytes === undefined ? '' : ` of ${size(usage.quotaBytes)} available`}`}
        </dd>
        <dt>Kept by the browser</dt>
        <dd>
          {usage?.persisted === true
            ? 'Yes: the browser will not clear them to free space'
            : 'Not guaranteed: the browser may clear them when space runs low'}
        </dd>
        <dt>Last backup</dt>
        <dd>{backupAt === undefined ? 'Never' : new Date(backupAt).toLocaleString()}</dd>
      </dl>
      {onlyHere > 0 && (
        <p className="backup-reminder" role="note">
          {onlyHere.toLocaleString()} {onlyHere === 1 ? 'attempt exists' : 'attempts exist'} only in
          this browser. Export a backup so they survive a cleared browser or a new computer.
        </p>
      )}
      <div className="review-toolbar">
        <button type="button" className="review-button" onClick={() => void backup()}>
          Export a backup of everything
        </button>
        {usage?.persisted !== true && (
          <button
            type="button"
            className="review-button review-button--quiet"
            onClick={() => void keep()}
          >
            Ask the browser to keep the attempts
          </button>
        )}
      </div>
      {note !== undefined && <p role="status">{note}</p>}
    </section>
  );
}
