import { isAbort, pickers } from './file-system-access.ts';
import { pickWithInput } from './pick-with-input.ts';
import { isScenarioFileName, readScenarioFile, type OpenedFile } from './scenario-file.ts';

/** One scenario file of an opened folder, read only when the author opens it. */
export interface FolderEntry {
  /** Its path inside the folder (`support/angry-caller.yaml`). */
  path: string;
  /** Reads it (with a handle to save back, where the browser gave one). */
  open: () => Promise<OpenedFile>;
}

/** A folder the author opened: its name and the scenario files in it, sorted by path. */
export interface OpenedFolder {
  /** The folder's name. */
  name: string;
  /** Its `.yaml`, `.yml` and `.json` files, in its subfolders too. */
  files: FolderEntry[];
}

/** How deep into subfolders the listing goes (a scenario library is shallow; a home folder is not). */
const MAX_DEPTH = 4;
/** At most this many files are listed. */
const MAX_FILES = 5000;
/** Folders never worth walking into. */
const SKIPPED = new Set(['node_modules', '.git']);

/** Whether the browser can open a folder and save back into it (File System Access API). */
export function canOpenFolder(): boolean {
  return typeof pickers().showDirectoryPicker === 'function';
}

/** The file behind a handle; a plain message when it went away after the folder was listed. */
async function fileOf(handle: FileSystemFileHandle, path: string): Promise<File> {
  try {
    return await handle.getFile();
  } catch (error) {
    throw new Error(`'${path}' could not be read: it may have been moved or deleted.`, {
      cause: error,
    });
  }
}

async function listHandles(
  dir: FileSystemDirectoryHandle,
  prefix: string,
  depth: number,
  out: FolderEntry[],
) {
  for await (const entry of dir.values()) {
    if (out.length >= MAX_FILES) return;
    const path = `${prefix}${entry.name}`;
    if (entry.kind === 'file') {
      const handle = entry;
      if (isScenarioFileName(entry.name)) {
        out.push({
          path,
          open: async () => ({
            ...(await readScenarioFile(await fileOf(handle, path), handle)),
            name: path,
          }),
        });
      }
    } else if (depth < MAX_DEPTH && !SKIPPED.has(entry.name) && !entry.name.startsWith('.')) {
      await listHandles(entry, `${path}/`, depth + 1, out);
    }
  }
}

/** The scenario files among files picked with a folder input (`webkitRelativePath` holds the path). */
export function folderFromFiles(files: readonly File[]): OpenedFolder | null {
  if (files.length === 0) return null;
  const path = (f: File) => (f.webkitRelativePath === '' ? f.name : f.webkitRelativePath);
  const name = path(files[0]!).split('/')[0] ?? '';
  const entries = files
    .filter((f) => isScenarioFileName(f.name))
    .map((f) => {
      const inFolder = path(f).split('/').slice(1).join('/') || f.name;
      return {
        path: inFolder,
        open: async () => ({ ...(await readScenarioFile(f)), name: inFolder }),
      };
    });
  return { name, files: entries.sort((a, b) => a.path.localeCompare(b.path)) };
}

/**
 * Asks for a folder and lists its scenario files: with `showDirectoryPicker` where the
 * browser has it (files keep handles, so they save back in place), else a folder input
 * (files then save as downloads). Resolves null when the author cancels.
 */
export async function openScenarioFolder(): Promise<OpenedFolder | null> {
  const { showDirectoryPicker } = pickers();
  if (typeof showDirectoryPicker !== 'function') {
    return folderFromFiles(await pickWithInput({ directory: true, multiple: true }));
  }
  let dir: FileSystemDirectoryHandle;
  try {
    dir = await showDirectoryPicker({ mode: 'readwrite' });
  } catch (error) {
    if (isAbort(error)) return null;
    throw new Error(
      'The browser did not let the studio open that folder. Try again, or open files one by one.',
      { cause: error },
    );
  }
  const files: FolderEntry[] = [];
  await listHandles(dir, '', 0, files);
  return { name: dir.name, files: files.sort((a, b) => a.path.localeCompare(b.path)) };
}
