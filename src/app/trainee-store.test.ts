import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkTraineeName } from './trainee-name.ts';
import {
  TRAINEE_STORAGE_KEY,
  persistedTraineeText,
  readPersistedTrainee,
} from './trainee-persistence.ts';

/** Loads a fresh store module over the given localStorage contents. */
async function freshStore(seed: Record<string, string> = {}) {
  const map = new Map(Object.entries(seed));
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  });
  vi.resetModules();
  const { useTraineeStore } = await import('./trainee-store.ts');
  return { store: useTraineeStore, map };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('trainee store', () => {
  it('asks for a name on a first visit', async () => {
    const { store } = await freshStore();
    expect(store.getState().trainee).toBeNull();
  });

  it('remembers the name in the shape the e2e fixtures seed', async () => {
    const { store, map } = await freshStore();
    store.getState().signIn('Dana');
    expect(map.get(TRAINEE_STORAGE_KEY)).toBe(persistedTraineeText('Dana'));
    const again = await freshStore(Object.fromEntries(map));
    expect(again.store.getState().trainee).toBe('Dana');
  });

  it('switches trainee and keeps recent names, most recent first, without repeats', async () => {
    const { store } = await freshStore({ [TRAINEE_STORAGE_KEY]: persistedTraineeText('Dana') });
    store.getState().startSwitch();
    expect(store.getState().switching).toBe(true);
    store.getState().signIn('Sam');
    store.getState().signIn('Dana');
    expect(store.getState()).toMatchObject({
      trainee: 'Dana',
      recent: ['Dana', 'Sam'],
      switching: false,
    });
  });

  it('works in memory when localStorage is missing', async () => {
    vi.stubGlobal('localStorage', undefined);
    vi.resetModules();
    const { useTraineeStore } = await import('./trainee-store.ts');
    useTraineeStore.getState().signIn('Dana');
    expect(useTraineeStore.getState().trainee).toBe('Dana');
  });

  it('ignores a stored value of the wrong shape', async () => {
    const { store } = await freshStore({
      [TRAINEE_STORAGE_KEY]: JSON.stringify({ state: { trainee: 42, recent: 'x' }, version: 1 }),
    });
    expect(store.getState()).toMatchObject({ trainee: null, recent: [] });
    expect(readPersistedTrainee(null)).toEqual({ trainee: null, recent: [] });
  });
});

describe('checkTraineeName', () => {
  it('trims and collapses spaces', () => {
    expect(checkTraineeName('  Dana   Scully ')).toEqual({ ok: true, name: 'Dana Scully' });
  });

  it('refuses an empty or overlong name with a sentence', () => {
    expect(checkTraineeName('   ')).toEqual({ ok: false, message: 'Please type your name.' });
    expect(checkTraineeName('x'.repeat(61)).ok).toBe(false);
  });
});
