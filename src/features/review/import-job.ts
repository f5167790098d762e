import type { AttemptFileContents } from '../../core/review/import-types.ts';
import {
  attemptIdsOf,
  planEntries,
  readDroppedFiles,
  type DroppedFile,
} from '../../core/review/plan-import.ts';
import type { FromImportJob, ImportFile, ToImportJob } from './import-protocol.ts';

/**
 * Most attempts sent in one `part` message. Receiving a message is one task on the page's
 * thread; 10,000 attempts in one took most of a second there.
 */
export const PART_SIZE = 250;

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** A picked file that can no longer be read; its message names it. */
class UnreadableFile extends Error {}

/** The files' texts, read here (in the worker when there is one). */
async function textsOf(files: readonly ImportFile[]): Promise<DroppedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (!(file instanceof Blob)) return file;
      try {
        return { name: file.name, text: await file.text() };
      } catch (error) {
        // Moved, deleted or changed since it was picked.
        throw new UnreadableFile(`${file.name} could not be read: ${reasonOf(error)}`, {
          cause: error,
        });
      }
    }),
  );
}

/**
 * The import's work, behind messages: the worker runs it, and so does the page when no
 * worker can start, so both give the same plan. The files read in phase 1 stay here until
 * phase 2, so the page never holds them parsed. Every answer goes to `post`; a failure is
 * an answer too (the returned promise never rejects).
 */
export function createImportJob(
  post: (message: FromImportJob) => void,
): (message: ToImportJob) => Promise<void> {
  let read: AttemptFileContents[] | undefined;
  return async (message) => {
    try {
      if (message.type === 'read') {
        read = readDroppedFiles(await textsOf(message.files));
        const attempts = read.reduce((sum, contents) => sum + contents.entries.length, 0);
        post({ type: 'read', attemptIds: attemptIdsOf(read), attempts });
        return;
      }
      if (read === undefined) {
        post({ type: 'failed', reason: 'the files were not read before the check' });
        return;
      }
      const files = read;
      // Freed now: a failure below must not leave the parsed files behind.
      read = undefined;
      const stored = new Map(message.stored.map((s) => [s.attemptId, s]));
      const scenarios = new Map(message.scenarios.map((s) => [s.fingerprint, s]));
      const { toStore, summary } = planEntries(
        files,
        (id) => stored.get(id),
        (fingerprint) => scenarios.get(fingerprint),
        message.now,
        (checked, total) => post({ type: 'progress', checked, total }),
      );
      for (let start = 0; start < toStore.length; start += PART_SIZE)
        post({ type: 'part', toStore: toStore.slice(start, start + PART_SIZE) });
      post({ type: 'planned', summary, attempts: toStore.length });
    } catch (error) {
      read = undefined;
      // Files that are not attempts never throw: only the host fails here (out of memory,
      // a stack too deep), or a picked file that has gone.
      const reason = reasonOf(error);
      post({
        type: 'failed',
        reason: error instanceof UnreadableFile ? reason : `the check stopped: ${reason}`,
      });
    }
  };
}
