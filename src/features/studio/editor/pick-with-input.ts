/** How the hidden file input is set up. */
export interface InputPick {
  /** The input's `accept`. */
  accept?: string;
  /** Allow several files. */
  multiple?: boolean;
  /** Pick a folder (the `webkitdirectory` attribute every current browser has). */
  directory?: boolean;
}

/**
 * Asks for files with a temporary `<input type=file>`, where the File System Access pickers
 * are missing. Resolves with the chosen files, or an empty list when the dialog is cancelled
 * (the input's `cancel` event; browsers without it never resolve a cancel, which is harmless).
 */
export function pickWithInput({
  accept,
  multiple = false,
  directory = false,
}: InputPick): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    if (accept !== undefined) input.accept = accept;
    input.multiple = multiple;
    if (directory) input.setAttribute('webkitdirectory', '');
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });
}
