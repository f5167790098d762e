import { readScenarioFile, type OpenedFile } from './scenario-file.ts';

/** What a drop brought: the scenario files read, and a plain sentence for each one refused. */
export interface DropResult {
  /** Files read, in drop order. */
  files: OpenedFile[];
  /** Why the others were not opened. */
  problems: string[];
}

/** Chromium's way to get a handle (and so save back in place) from a dropped item. */
interface HandleItem {
  getAsFileSystemHandle?: () => Promise<FileSystemHandle | null>;
}

/** Whether a drag carries files (and not text or a link). */
export function carriesFiles(data: DataTransfer | null): boolean {
  return data !== null && [...data.types].includes('Files');
}

type Pending = Promise<{ file: File; handle?: FileSystemFileHandle } | string | null>;

/**
 * Reads the scenario files of a drop. The items must be asked for synchronously, inside the
 * drop event (the browser empties them after it), so call this from the event handler. Where
 * the browser gives file handles (Chromium), dropped files save back in place.
 */
export function readDrop(data: DataTransfer): Promise<DropResult> {
  const pending: Pending[] = [];
  const items = data.items === undefined ? [] : [...data.items].filter((i) => i.kind === 'file');
  if (items.length > 0) {
    for (const item of items) {
      const getHandle = (item as DataTransferItem & HandleItem).getAsFileSystemHandle;
      const file = item.getAsFile();
      if (typeof getHandle === 'function') {
        pending.push(
          getHandle.call(item).then(
            async (handle) => {
              if (handle?.kind === 'directory') {
                return `'${handle.name}' is a folder: use Open folder to open the files in it.`;
              }
              if (handle?.kind === 'file') {
                const fileHandle = handle as FileSystemFileHandle;
                return { file: await fileHandle.getFile(), handle: fileHandle };
              }
              return file === null ? null : { file };
            },
            () => (file === null ? null : { file }),
          ),
        );
      } else {
        pending.push(Promise.resolve(file === null ? null : { file }));
      }
    }
  } else {
    for (const file of data.files) pending.push(Promise.resolve({ file }));
  }
  return collect(pending);
}

async function collect(pending: Pending[]): Promise<DropResult> {
  const result: DropResult = { files: [], problems: [] };
  for (const got of await Promise.all(pending)) {
    if (got === null) continue;
    if (typeof got === 'string') {
      result.problems.push(got);
      continue;
    }
    try {
      result.files.push(await readScenarioFile(got.file, got.handle));
    } catch (error) {
      result.problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return result;
}
