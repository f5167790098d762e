import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse } from 'dexie';
import { AttemptDatabase } from './attempt-database.ts';

/**
 * For tests: a database whose writes fail with `error` once `failing.on` is set, as a full
 * disk or a closed database does; only writes to `table` when one is named.
 */
export function failingDatabase(name: string, error: () => Error, table?: string) {
  const failing = { on: false };
  const db = new AttemptDatabase(name);
  db.use({
    stack: 'dbcore',
    name: 'fail-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (tableName) => {
        const inner = down.table(tableName);
        return {
          ...inner,
          mutate: (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> =>
            failing.on && (table === undefined || tableName === table)
              ? Promise.reject(error())
              : inner.mutate(req),
        };
      },
    }),
  });
  return { db, failing };
}

/** For tests: the error a browser gives when the disk is full. */
export const quotaError = () =>
  new DOMException('The quota has been exceeded.', 'QuotaExceededError');
