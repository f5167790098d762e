import type { StorageProblem } from './attempt-store.ts';

/** Where a draft came from: it decides how it is saved back. */
export type DraftSource = 'library' | 'file' | 'new' | 'twine';

/** A scenario being edited in the studio, kept in the browser as the author types. */
export interface Draft {
  /** Unique id, chosen by the caller. */
  draftId: string;
  /** The file name (`support-call.yaml`). */
  name: string;
  /** The text as last typed. */
  text: string;
  /** The file's text when opened or last saved; null for a draft never saved to a file. */
  baseText: string | null;
  /** The shipped library, a file on disk, a new scenario or a Twine import. */
  source: DraftSource;
  /** The file to save back to, where the browser gave one (File System Access API). */
  handle?: FileSystemFileHandle;
  /** Wall-clock time of the last change (epoch ms). */
  updatedAt: number;
  /** What an import (a Twine story) left for the author to do, shown with the draft. */
  report?: string[];
}

/** Whether a draft differs from its file (a draft never saved always does). */
export function isChanged(draft: Pick<Draft, 'text' | 'baseText'>): boolean {
  return draft.text !== draft.baseText;
}

/** The studio's drafts, in the browser's database or, where it refuses, in this tab's memory. */
export interface DraftStore {
  /** False when drafts live in this tab only (a reload loses them). */
  readonly durable: boolean;
  /** Why drafts are not durable, in plain words. */
  readonly problem: StorageProblem | undefined;
  /** Every draft, the most recently changed first. */
  list(): Promise<Draft[]>;
  /** One draft, or undefined. */
  get(draftId: string): Promise<Draft | undefined>;
  /** Adds or replaces a draft (debouncing is the caller's job). */
  put(draft: Draft): Promise<void>;
  /** Forgets a draft; nothing happens when there is none. */
  remove(draftId: string): Promise<void>;
}

/** Most recently changed first, then by id so the order is stable. */
export function newestDraftFirst(a: Draft, b: Draft): number {
  return b.updatedAt - a.updatedAt || (a.draftId < b.draftId ? -1 : a.draftId > b.draftId ? 1 : 0);
}
