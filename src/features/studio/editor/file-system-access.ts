/*
 * The parts of the File System Access API the studio uses, typed here because TypeScript's
 * DOM library leaves out what only Chromium-based browsers ship (the pickers, permissions).
 */

/** One file type a picker offers. */
export interface PickerType {
  /** Shown in the picker's type menu. */
  description: string;
  /** MIME type to extensions. */
  accept: Record<string, string[]>;
}

/** Permission calls on a handle (needed again for a handle restored from IndexedDB). */
export interface PermissionHandle {
  /** Whether the page may already read or write. */
  queryPermission?: (options: { mode: 'read' | 'readwrite' }) => Promise<PermissionState>;
  /** Asks the user, when the page may not yet. */
  requestPermission?: (options: { mode: 'read' | 'readwrite' }) => Promise<PermissionState>;
}

/** The pickers, where the browser has them. */
export interface FilePickers {
  /** Picks files to open. */
  showOpenFilePicker?: (options: {
    types?: PickerType[];
    multiple?: boolean;
    excludeAcceptAllOption?: boolean;
  }) => Promise<FileSystemFileHandle[]>;
  /** Picks a folder. */
  showDirectoryPicker?: (options?: {
    mode?: 'read' | 'readwrite';
  }) => Promise<FileSystemDirectoryHandle>;
  /** Picks where to save a new file. */
  showSaveFilePicker?: (options: {
    suggestedName?: string;
    types?: PickerType[];
  }) => Promise<FileSystemFileHandle>;
}

/** The pickers of this window (none in Firefox, Safari or jsdom). */
export function pickers(): FilePickers {
  return typeof window === 'undefined' ? {} : (window as unknown as FilePickers);
}

/** The file types of scenario files, for the pickers. */
export const SCENARIO_TYPES: PickerType[] = [
  {
    description: 'Scenario files (YAML or JSON)',
    accept: { 'text/yaml': ['.yaml', '.yml'], 'application/json': ['.json'] },
  },
];

/** Whether the user closed a picker without choosing (not a failure). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
