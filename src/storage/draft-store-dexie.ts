import type { Table } from 'dexie';
import type { AttemptDatabase } from './attempt-database.ts';
import type { StorageProblem } from './attempt-store.ts';
import { newestDraftFirst, type Draft, type DraftStore } from './draft-store.ts';
import { copyDraft, MemoryDraftStore } from './draft-store-memory.ts';
import { draftProblem } from './draft-store-problems.ts';

/** Whether the browser refused to store a value (a file handle it cannot keep). */
function isCloneError(error: unknown): boolean {
  for (let e = error, depth = 0; depth < 5 && typeof e === 'object' && e !== null; depth++) {
    if ('name' in e && e.name === 'DataCloneError') return true;
    e = 'inner' in e ? e.inner : 'cause' in e ? e.cause : undefined;
  }
  return false;
}

/**
 * Drafts in the browser's database (table `drafts`, schema version 3). When a write fails
 * (storage full, the database closed under us), this tab keeps drafts in memory from then on:
 * the write still resolves, stored drafts stay readable and the memory copy wins. An edit
 * is never lost to a refusal, only made non-durable, and `problem` says so.
 */
export class DexieDraftStore implements DraftStore {
  private fallback: MemoryDraftStore | undefined;
  /** Drafts removed while in memory mode whose database copy may still be there. */
  private readonly removed = new Set<string>();

  constructor(private readonly db: AttemptDatabase) {}

  get durable(): boolean {
    return this.fallback === undefined;
  }

  get problem(): StorageProblem | undefined {
    return this.fallback?.problem;
  }

  private get table(): Table<Draft, string> {
    return this.db.table<Draft, string>('drafts');
  }

  async list(): Promise<Draft[]> {
    const stored = await this.read(() => this.table.toArray(), []);
    const memory = this.fallback;
    if (memory === undefined) return stored.sort(newestDraftFirst);
    const durableOnly = stored.filter(
      (d) => !memory.has(d.draftId) && !this.removed.has(d.draftId),
    );
    return [...durableOnly, ...(await memory.list())].sort(newestDraftFirst);
  }

  async get(draftId: string): Promise<Draft | undefined> {
    const memory = this.fallback;
    if (memory?.has(draftId) === true) return memory.get(draftId);
    if (this.removed.has(draftId)) return undefined;
    return this.read(() => this.table.get(draftId), undefined);
  }

  async put(draft: Draft): Promise<void> {
    if (this.fallback === undefined) {
      try {
        await this.putDurable(draft);
        return;
      } catch (error) {
        this.fallback = new MemoryDraftStore(draftProblem(error));
      }
    }
    this.removed.delete(draft.draftId);
    await this.fallback.put(draft);
  }

  async remove(draftId: string): Promise<void> {
    const memory = this.fallback;
    if (memory === undefined) {
      try {
        await this.table.delete(draftId);
        return;
      } catch (error) {
        this.fallback = new MemoryDraftStore(draftProblem(error));
      }
    }
    await this.fallback?.remove(draftId);
    this.removed.add(draftId);
    // The database may still take a delete; if not, the draft stays hidden in this tab.
    await this.table.delete(draftId).catch(() => undefined);
  }

  /** Closes the database connection. */
  close(): void {
    this.db.close();
  }

  /** Stores the draft; a handle the browser cannot keep is dropped rather than the text. */
  private async putDurable(draft: Draft): Promise<void> {
    try {
      await this.table.put(copyDraft(draft));
    } catch (error) {
      if (draft.handle === undefined || !isCloneError(error)) throw error;
      const { handle: _handle, ...withoutHandle } = draft;
      await this.table.put(withoutHandle);
    }
  }

  /** A database read; once in memory mode a failed read gives `otherwise`. */
  private async read<T>(read: () => Promise<T>, otherwise: T): Promise<T> {
    try {
      return await read();
    } catch (error) {
      if (this.fallback !== undefined) return otherwise;
      throw error;
    }
  }
}
