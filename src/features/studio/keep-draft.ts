import type { Draft, DraftStore } from '../../storage/draft-store.ts';
import type { OpenedFile } from './editor/scenario-file.ts';
import { newDraftId } from './new-draft-id.ts';

/** Stores a new draft, stamped now; returns its id. */
export async function keepDraft(
  drafts: DraftStore,
  draft: Omit<Draft, 'draftId' | 'updatedAt'>,
): Promise<string> {
  const draftId = newDraftId();
  await drafts.put({ ...draft, draftId, updatedAt: Date.now() });
  return draftId;
}

/** Keeps an opened file as a new draft tied to it (its handle, when the browser gave one). */
export function keepFileDraft(drafts: DraftStore, file: OpenedFile): Promise<string> {
  return keepDraft(drafts, {
    name: file.name,
    text: file.text,
    baseText: file.text,
    source: 'file',
    ...(file.handle === undefined ? {} : { handle: file.handle }),
  });
}
