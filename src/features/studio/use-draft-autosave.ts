import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, DraftStore } from '../../storage/draft-store.ts';
import { newDraftId } from './new-draft-id.ts';

/** How long typing must pause before the draft is written to the browser's database. */
const SAVE_DELAY_MS = 400;

/** Whether the last edit is kept, and what to call when the text changes. */
export interface DraftAutosave {
  /** The last edit is in the browser's database (shown, so nobody has to wonder). */
  kept: boolean;
  /** Call on every edit: the page says "keeping" until the write lands. */
  editing: () => void;
  /** Set when another tab changed this draft: this tab's text went to a copy instead. */
  conflict: { copyId: string; copyName: string } | undefined;
  /** Writes the draft now, with the same care (for a save to a file). */
  keep: (next: Draft) => Promise<void>;
}

/**
 * Keeps a draft in the browser as the author types: written once typing pauses, and at
 * once when the page hides or closes (a closing tab runs no React cleanup) or the editor
 * goes away. `opened` is the draft as it was opened: nothing is written until it changes.
 * When another tab wrote the draft since this one last did, nothing is overwritten: this
 * tab's text is kept as a copy and the page says so.
 */
export function useDraftAutosave(drafts: DraftStore, draft: Draft, opened: Draft): DraftAutosave {
  const [kept, setKept] = useState(true);
  const [conflict, setConflict] = useState<DraftAutosave['conflict']>();
  const pending = useRef<Draft | undefined>(undefined);
  // The draft's time of last change as this tab last read or wrote it.
  const known = useRef(opened.updatedAt);
  const copyId = useRef<string | undefined>(undefined);

  const write = useCallback(
    async (next: Draft): Promise<void> => {
      if (copyId.current !== undefined) {
        await drafts.put({ ...next, draftId: copyId.current });
        return;
      }
      const stored = await drafts.get(next.draftId);
      if (stored !== undefined && stored.updatedAt > known.current) {
        const id = newDraftId();
        const copyName = `${next.name} (copy from another tab)`;
        copyId.current = id;
        await drafts.put({ ...next, draftId: id, name: copyName, baseText: null });
        setConflict({ copyId: id, copyName });
        return;
      }
      known.current = next.updatedAt;
      await drafts.put(next);
    },
    [drafts],
  );

  useEffect(() => {
    if (draft === opened) return undefined;
    pending.current = draft;
    const timer = window.setTimeout(() => {
      pending.current = undefined;
      write(draft).then(
        () => setKept(pending.current === undefined),
        () => setKept(false),
      );
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, opened, write]);
  useEffect(() => {
    const flush = () => {
      const last = pending.current;
      pending.current = undefined;
      if (last !== undefined) void write(last);
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [write]);
  const editing = useCallback(() => setKept(false), []);
  return { kept, editing, conflict, keep: write };
}
