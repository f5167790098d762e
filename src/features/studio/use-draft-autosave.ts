import { useCallback, useEffect, useRef, useState } from 'react';
import type { Draft, DraftStore } from '../../storage/draft-store.ts';

/** How long typing must pause before the draft is written to the browser's database. */
const SAVE_DELAY_MS = 400;

/** Whether the last edit is kept, and what to call when the text changes. */
export interface DraftAutosave {
  /** The last edit is in the browser's database (shown, so nobody has to wonder). */
  kept: boolean;
  /** Call on every edit: the page says "keeping" until the write lands. */
  editing: () => void;
}

/**
 * Keeps a draft in the browser as the author types: written once typing pauses, and at
 * once when the page hides or closes (a closing tab runs no React cleanup) or the editor
 * goes away. `opened` is the draft as it was opened: nothing is written until it changes.
 */
export function useDraftAutosave(drafts: DraftStore, draft: Draft, opened: Draft): DraftAutosave {
  const [kept, setKept] = useState(true);
  const pending = useRef<Draft | undefined>(undefined);
  useEffect(() => {
    if (draft === opened) return undefined;
    pending.current = draft;
    const timer = window.setTimeout(() => {
      pending.current = undefined;
      drafts.put(draft).then(
        () => setKept(pending.current === undefined),
        () => setKept(false),
      );
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, drafts, opened]);
  useEffect(() => {
    const flush = () => {
      const last = pending.current;
      pending.current = undefined;
      if (last !== undefined) void drafts.put(last);
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
  }, [drafts]);
  const editing = useCallback(() => setKept(false), []);
  return { kept, editing };
}
