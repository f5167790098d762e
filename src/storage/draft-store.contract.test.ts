import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AttemptDatabase } from './attempt-database.ts';
import { isChanged, type Draft, type DraftStore } from './draft-store.ts';
import { DexieDraftStore } from './draft-store-dexie.ts';
import { MemoryDraftStore } from './draft-store-memory.ts';
import { openDraftStore } from './draft-store-open.ts';

let count = 0;

function draft(id: string, changes: Partial<Draft> = {}): Draft {
  return {
    draftId: id,
    name: `${id}.yaml`,
    text: `id: ${id}\n`,
    baseText: `id: ${id}\n`,
    source: 'file',
    updatedAt: 1000,
    ...changes,
  };
}

const stores: [string, () => Promise<DraftStore>][] = [
  ['memory', () => Promise.resolve(new MemoryDraftStore())],
  ['database', () => openDraftStore({ name: `drafts-${++count}` })],
];

describe.each(stores)('the %s draft store', (_kind, open) => {
  it('keeps, replaces, lists newest first and removes drafts', async () => {
    const store = await open();
    expect(await store.list()).toEqual([]);
    await store.put(draft('a', { updatedAt: 1 }));
    await store.put(draft('b', { updatedAt: 3, source: 'new', baseText: null }));
    await store.put(draft('c', { updatedAt: 2, source: 'twine' }));
    expect((await store.list()).map((d) => d.draftId)).toEqual(['b', 'c', 'a']);

    await store.put(draft('a', { text: 'id: edited\n', updatedAt: 4 }));
    expect(await store.get('a')).toEqual(draft('a', { text: 'id: edited\n', updatedAt: 4 }));
    expect((await store.list()).map((d) => d.draftId)).toEqual(['a', 'b', 'c']);

    await store.remove('b');
    await store.remove('never-there');
    expect(await store.get('b')).toBeUndefined();
    expect((await store.list()).map((d) => d.draftId)).toEqual(['a', 'c']);
  });

  it('hands out copies: changing a returned draft changes nothing stored', async () => {
    const store = await open();
    const original = draft('a');
    await store.put(original);
    original.text = 'changed after put';
    const got = (await store.get('a'))!;
    got.text = 'changed after get';
    expect((await store.get('a'))?.text).toBe('id: a\n');
  });
});

describe('a changed draft', () => {
  it('is one whose text differs from its file, or that has no file yet', () => {
    expect(isChanged(draft('a'))).toBe(false);
    expect(isChanged(draft('a', { text: 'id: b\n' }))).toBe(true);
    expect(isChanged(draft('a', { baseText: null }))).toBe(true);
    expect(isChanged({ text: '', baseText: null })).toBe(true);
  });
});

describe('drafts in the database', () => {
  it('survive a reload (a new connection)', async () => {
    const name = `drafts-${++count}`;
    const first = await openDraftStore({ name });
    expect(first.durable).toBe(true);
    await first.put(draft('a', { text: 'typed before the crash' }));
    (first as DexieDraftStore).close();
    const second = await openDraftStore({ name });
    expect((await second.get('a'))?.text).toBe('typed before the crash');
  });

  it('keep the text when the browser cannot store the file handle', async () => {
    const store = await openDraftStore({ name: `drafts-${++count}` });
    // A function cannot be cloned into IndexedDB: the same refusal as a foreign handle.
    const handle = { kind: 'file', name: 'a.yaml', getFile: () => 1 };
    await store.put(draft('a', { handle: handle as unknown as FileSystemFileHandle }));
    expect(store.durable).toBe(true);
    const got = await store.get('a');
    expect(got?.text).toBe('id: a\n');
    expect(got).not.toHaveProperty('handle');
  });

  it('keep a handle the browser can store', async () => {
    const store = await openDraftStore({ name: `drafts-${++count}` });
    const handle = { kind: 'file', name: 'a.yaml' } as unknown as FileSystemFileHandle;
    await store.put(draft('a', { handle }));
    expect((await store.get('a'))?.handle).toEqual(handle);
  });

  it('move to memory when a write fails, losing no edit and saying so', async () => {
    const name = `drafts-${++count}`;
    const db = new AttemptDatabase(name);
    await db.open();
    const store = new DexieDraftStore(db);
    await store.put(draft('stored', { updatedAt: 1 }));
    await store.put(draft('gone', { updatedAt: 1 }));
    db.close(); // every later request fails, as when the browser closes the database

    await store.put(draft('new', { updatedAt: 5 }));
    expect(store.durable).toBe(false);
    expect(store.problem?.message).toMatch(/this tab only/);
    await store.put(draft('stored', { text: 'edited in memory', updatedAt: 6 }));
    await store.remove('new');
    expect((await store.list()).map((d) => [d.draftId, d.text])).toEqual([
      ['stored', 'edited in memory'],
    ]);
    expect(await store.get('new')).toBeUndefined();
  });
});

describe('opening the draft store', () => {
  it('falls back to memory, with a plain reason, where there is no IndexedDB', async () => {
    const store = await openDraftStore({ indexedDB: undefined });
    expect(store.durable).toBe(false);
    expect(store.problem?.kind).toBe('unavailable');
    await store.put(draft('a'));
    expect(await store.get('a')).toEqual(draft('a'));
  });

  it('keeps drafts in a database a newer page upgraded (Dexie 4 opens it)', async () => {
    const name = `drafts-${++count}`;
    const newer = new AttemptDatabase(name);
    newer.version(99).stores({ later: 'id' });
    await newer.open();
    newer.close();
    const store = await openDraftStore({ name });
    expect(store.durable).toBe(true);
    await store.put(draft('a'));
    expect(await store.get('a')).toEqual(draft('a'));
  });
});
