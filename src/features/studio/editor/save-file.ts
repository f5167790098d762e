import { downloadFile } from '../../../ui/download-file.ts';
import { isAbort, pickers, SCENARIO_TYPES, type PermissionHandle } from './file-system-access.ts';

/** How a save went: written to the file itself, or offered as a download (with why). */
export type SaveOutcome =
  | { kind: 'saved'; handle: FileSystemFileHandle }
  | { kind: 'downloaded'; reason: string | undefined }
  | { kind: 'cancelled' };

/** The MIME type of a scenario file by its name. */
export function scenarioMimeType(name: string): string {
  return /\.json$/i.test(name) ? 'application/json' : 'text/yaml';
}

/** Asks again for permission to write (a handle restored from IndexedDB starts without it). */
async function mayWrite(handle: FileSystemFileHandle): Promise<boolean> {
  const permissions = handle as FileSystemFileHandle & PermissionHandle;
  if (typeof permissions.queryPermission !== 'function') return true;
  if ((await permissions.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  if (typeof permissions.requestPermission !== 'function') return false;
  return (await permissions.requestPermission({ mode: 'readwrite' })) === 'granted';
}

/** Writes the whole text to the file behind the handle. */
export async function writeToHandle(handle: FileSystemFileHandle, text: string): Promise<void> {
  const writable = await handle.createWritable();
  try {
    await writable.write(text);
  } finally {
    await writable.close();
  }
}

/**
 * Saves a scenario back to its file through its handle (the File System Access API), else
 * offers it as a download named `name`. A refused or failed write falls back to the download
 * too, with the reason in plain words, so the author's text always leaves the browser.
 */
export async function saveScenarioFile(file: {
  name: string;
  text: string;
  handle?: FileSystemFileHandle | undefined;
}): Promise<SaveOutcome> {
  const { name, text, handle } = file;
  let reason: string | undefined;
  if (handle !== undefined && typeof handle.createWritable === 'function') {
    try {
      if (await mayWrite(handle)) {
        await writeToHandle(handle, text);
        return { kind: 'saved', handle };
      }
      reason = `The browser did not allow writing to '${handle.name}', so it was downloaded instead.`;
    } catch {
      reason = `'${handle.name}' could not be written (moved, deleted or read-only?), so it was downloaded instead.`;
    }
  }
  downloadFile(name.split('/').pop() ?? name, text, scenarioMimeType(name));
  return { kind: 'downloaded', reason };
}

/**
 * Asks where to save a new file (`showSaveFilePicker`) and writes it there, so later saves go
 * back to it; where the browser has no save picker, downloads it.
 */
export async function saveScenarioFileAs(name: string, text: string): Promise<SaveOutcome> {
  const { showSaveFilePicker } = pickers();
  if (typeof showSaveFilePicker !== 'function') return saveScenarioFile({ name, text });
  let handle: FileSystemFileHandle;
  try {
    handle = await showSaveFilePicker({ suggestedName: name, types: SCENARIO_TYPES });
  } catch (error) {
    if (isAbort(error)) return { kind: 'cancelled' };
    // A reason tells the page no file was written, so a draft tied to a file stays changed.
    const fileName = name.split('/').pop() ?? name;
    downloadFile(fileName, text, scenarioMimeType(name));
    return {
      kind: 'downloaded',
      reason: `The browser did not open the save dialog, so ${fileName} was downloaded instead.`,
    };
  }
  return saveScenarioFile({ name, text, handle });
}
