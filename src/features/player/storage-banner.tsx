import type { StorageStatus } from './session-store.ts';

/** Says in plain words when this attempt is not being saved, and what to do about it. */
export function StorageBanner({ storage }: { storage: StorageStatus }) {
  return (
    <div role="status" className="storage-banner">
      {storage.problem !== undefined && (
        <p>
          <strong>Your progress is kept in this tab only.</strong> {storage.problem.message} You can
          keep playing; download the attempt at the end to keep a copy.
        </p>
      )}
    </div>
  );
}
