import { useEffect, useRef, type Dispatch, type SetStateAction } from 'react';
import type { Draft } from '../../storage/draft-store.ts';
import { saveScenarioFile, saveScenarioFileAs } from './editor/save-file.ts';

/** What saving needs of the draft page. */
export interface DraftSaveOptions {
  /** The draft as the page shows it. */
  draft: Draft;
  /** Updates the page's draft. */
  setDraft: Dispatch<SetStateAction<Draft>>;
  /** The file name to save under (a new draft's follows its id). */
  fileName: string;
  /** Keeps the draft in the browser. */
  keep: (draft: Draft) => Promise<void>;
  /** Says how the save went, on the page's status line. */
  setStatus: (status: string | undefined) => void;
}

/**
 * Save and Save as for the draft page: back to the file where the browser allows it,
 * otherwise a download. The draft is marked unchanged only when a file was really written,
 * and typing during the save is kept, not reverted.
 */
export function useDraftSave(options: DraftSaveOptions): (as: boolean) => Promise<void> {
  const { draft, setDraft, fileName, keep, setStatus } = options;
  // The draft as it is now, for a save that ends after more typing.
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  }, [draft]);
  return async (as: boolean) => {
    setStatus('Saving…');
    const savedText = draft.text;
    try {
      const outcome = as
        ? await saveScenarioFileAs(fileName, savedText)
        : await saveScenarioFile({ ...draft, name: fileName });
      if (outcome.kind === 'cancelled') {
        setStatus(undefined);
        return;
      }
      // A failed write fell back to a download: the file on disk did not change.
      const written = outcome.kind === 'saved' || outcome.reason === undefined;
      // Saved back to the same file: a name with its folder (`support/x.yaml`) keeps it.
      const samePlace =
        !as && outcome.kind === 'saved' && draft.name.split('/').pop() === outcome.handle.name;
      // Built on what is there now: typing during the save is kept, not reverted.
      const next: Draft = {
        ...latest.current,
        name: outcome.kind === 'saved' ? (samePlace ? draft.name : outcome.handle.name) : fileName,
        ...(written ? { baseText: savedText } : {}),
        updatedAt: Date.now(),
        ...(outcome.kind === 'saved' ? { handle: outcome.handle, source: 'file' as const } : {}),
      };
      latest.current = next;
      setDraft(next);
      await keep(next);
      setStatus(
        outcome.kind === 'saved'
          ? `Saved to ${outcome.handle.name}.`
          : (outcome.reason ??
              `Downloaded ${fileName}: put it in the scenarios folder to ship it.`),
      );
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
