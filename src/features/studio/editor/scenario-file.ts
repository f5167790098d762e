/** A scenario file read from disk, with the handle to save it back where the browser gave one. */
export interface OpenedFile {
  /** The file's name (`support-call.yaml`); in a folder, its path inside the folder. */
  name: string;
  /** Its text. */
  text: string;
  /** Where to save it back (File System Access API), when the browser gave one. */
  handle?: FileSystemFileHandle;
}

/** Names the studio opens: YAML or JSON. */
const SCENARIO_NAME = /\.(ya?ml|json)$/i;

/** Whether a file name is a scenario file's (`.yaml`, `.yml` or `.json`). */
export function isScenarioFileName(name: string): boolean {
  return SCENARIO_NAME.test(name);
}

/** Far above the checker's 5 MB: past this a file is surely not a scenario, so it is not read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The `accept` attribute of a file input for scenario files. */
export const SCENARIO_ACCEPT = '.yaml,.yml,.json,text/yaml,application/json';

/** Reads a scenario file's text; a plain message when it is not one or cannot be read. */
export async function readScenarioFile(
  file: File,
  handle?: FileSystemFileHandle,
): Promise<OpenedFile> {
  if (!isScenarioFileName(file.name)) {
    throw new Error(`'${file.name}' is not a scenario file: open a .yaml, .yml or .json file.`);
  }
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    throw new Error(`'${file.name}' is ${mb} MB; scenario files are limited to 5 MB.`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    throw new Error(`'${file.name}' could not be read: it may have been moved or deleted.`);
  }
  return handle === undefined ? { name: file.name, text } : { name: file.name, text, handle };
}
