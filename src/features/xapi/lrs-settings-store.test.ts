// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { LrsSettings } from './lrs-settings.ts';
import { createLrsSettingsStore } from './lrs-settings-store.ts';

const MANAGER: LrsSettings = {
  endpoint: 'https://lrs.example.com/xapi/',
  authorization: 'Basic a2V5OnNlY3JldA==',
  identity: { kind: 'email', email: 'grace@example.com' },
  source: 'manager',
};
const LAUNCH: LrsSettings = { ...MANAGER, endpoint: 'https://other.example/x/', source: 'launch' };

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

describe('createLrsSettingsStore', () => {
  it('keeps the manager’s settings across stores, and forgets them on request', () => {
    createLrsSettingsStore().saveManager(MANAGER);
    const again = createLrsSettingsStore();
    expect(again.manager()).toEqual(MANAGER);
    expect(again.active()).toEqual(MANAGER);
    again.saveManager(undefined);
    expect(createLrsSettingsStore().active()).toBeUndefined();
  });

  it('prefers the launch’s settings in this tab, leaving the manager’s alone', () => {
    const store = createLrsSettingsStore();
    store.saveManager(MANAGER);
    store.saveLaunch(LAUNCH);
    expect(store.active()).toEqual(LAUNCH);
    expect(store.manager()).toEqual(MANAGER);
  });

  it('ignores damaged or foreign values instead of failing', () => {
    localStorage.setItem('extra-mile:lrs', '{not json');
    sessionStorage.setItem('extra-mile:lrs-launch', JSON.stringify({ endpoint: 1 }));
    expect(createLrsSettingsStore().active()).toBeUndefined();
  });

  it('works for this tab when the browser refuses storage', () => {
    const blocked = () => {
      throw new Error('SecurityError');
    };
    const store = createLrsSettingsStore(blocked, blocked);
    store.saveManager(MANAGER);
    expect(store.active()).toEqual(MANAGER);
  });
});
