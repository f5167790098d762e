import { isAbort, pickers, SCENARIO_TYPES } from './file-system-access.ts';
import { pickWithInput } from './pick-with-input.ts';
import { readScenarioFile, SCENARIO_ACCEPT, type OpenedFile } from './scenario-file.ts';

/** Whether files opened here can be saved back in place (the File System Access API). */
export function canSaveInPlace(): boolean {
  return typeof pickers().showOpenFilePicker === 'function';
}

/**
 * Asks the author for a scenario file and reads it: through `showOpenFilePicker` where the
 * browser has it (the handle is kept, to save back to the same file), else a file input.
 * Resolves null when the author cancels; rejects with a plain message when the file is not
 * a scenario file or cannot be read.
 */
export async function openScenarioFile(): Promise<OpenedFile | null> {
  const { showOpenFilePicker } = pickers();
  if (typeof showOpenFilePicker === 'function') {
    let handle: FileSystemFileHandle | undefined;
    try {
      [handle] = await showOpenFilePicker({ types: SCENARIO_TYPES, multiple: false });
    } catch (error) {
      if (isAbort(error)) return null;
      throw new Error(
        'The browser did not let the studio open a file. Try again, or drop the file here.',
        { cause: error },
      );
    }
    if (handle === undefined) return null;
    return readScenarioFile(await handle.getFile(), handle);
  }
  const [file] = await pickWithInput({ accept: SCENARIO_ACCEPT });
  return file === undefined ? null : readScenarioFile(file);
}
