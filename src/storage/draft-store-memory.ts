import type { StorageProblem } from './attempt-store.ts';
import { newestDraftFirst, type Draft, type DraftStore } from './draft-store.ts';

/**
 * Copies a draft. The file handle is shared, not cloned: it is a live browser object
 * (structured cloning it outside IndexedDB would fail), and nothing in it is ours to change.
 */
export function copyDraft(draft: Draft): Draft {
  const { handle, ...rest } = draft;
  const copy: Draft = { ...rest };
  if (handle !== undefined) copy.handle = handle;
  return copy;
}

/** Drafts in this tab's memory: the fallback when the database cannot be used, and tests' store. */
export class MemoryDraftStore implements DraftStore {
  readonly durable = false;
  readonly problem: StorageProblem | undefined;
  private readonly drafts = new Map<string, Draft>();

  constructor(problem?: StorageProblem) {
    this.problem = problem;
  }

  list(): Promise<Draft[]> {
    return Promise.resolve([...this.drafts.values()].sort(newestDraftFirst).map(copyDraft));
  }

  get(draftId: string): Promise<Draft | undefined> {
    const draft = this.drafts.get(draftId);
    return Promise.resolve(draft === undefined ? undefined : copyDraft(draft));
  }

  put(draft: Draft): Promise<void> {
    this.drafts.set(draft.draftId, copyDraft(draft));
    return Promise.resolve();
  }

  remove(draftId: string): Promise<void> {
    this.drafts.delete(draftId);
    return Promise.resolve();
  }

  /** Whether this store holds the draft (for the database store that falls back here). */
  has(draftId: string): boolean {
    return this.drafts.has(draftId);
  }
}
