import { createSafeStorage } from '../../storage/safe-storage.ts';
import type { LrsSettings } from './lrs-settings.ts';

/** Where a manager's settings are kept (this browser, until changed). */
export const MANAGER_SETTINGS_KEY = 'extra-mile:lrs';
/** Where a launch's settings are kept (this tab, so a reload keeps sending). */
const LAUNCH_KEY = 'extra-mile:lrs-launch';

/** Reads and writes the LRS settings of this browser and this tab. */
export interface LrsSettingsStore {
  /** The manager's saved settings. */
  manager(): LrsSettings | undefined;
  /** The settings this tab was launched with. */
  launch(): LrsSettings | undefined;
  /** The ones in force: a launch wins over the manager's (the launching system knows the trainee). */
  active(): LrsSettings | undefined;
  /** Saves the manager's settings, or forgets them. */
  saveManager(settings: LrsSettings | undefined): void;
  /** Keeps a launch's settings for this tab. */
  saveLaunch(settings: LrsSettings): void;
}

/** Settings read back from storage, or undefined when they are missing or not settings. */
function readSettings(text: string | null): LrsSettings | undefined {
  if (text === null) return undefined;
  try {
    const value = JSON.parse(text) as Partial<LrsSettings> | null;
    if (
      typeof value?.endpoint === 'string' &&
      typeof value.authorization === 'string' &&
      typeof value.identity === 'object' &&
      value.identity !== null &&
      (value.source === 'manager' || value.source === 'launch')
    ) {
      return value as LrsSettings;
    }
  } catch {
    // Damaged by hand or by another version: as if there were none.
  }
  return undefined;
}

/**
 * The settings in the browser's storage: the manager's in localStorage, a launch's in
 * sessionStorage. Storage that is blocked or full keeps them for this tab in memory.
 * The credentials sit in this browser's storage like the attempts do: on a shared machine,
 * managers should use a key the LRS limits to writing statements.
 */
export function createLrsSettingsStore(
  local: () => Storage | undefined = () => window.localStorage,
  session: () => Storage | undefined = () => window.sessionStorage,
): LrsSettingsStore {
  const localStore = createSafeStorage(local);
  const sessionStore = createSafeStorage(session);
  const read = (store: typeof localStore, key: string) => {
    const text = store.getItem(key);
    return typeof text === 'string' || text === null ? readSettings(text) : undefined;
  };
  const store: LrsSettingsStore = {
    manager: () => read(localStore, MANAGER_SETTINGS_KEY),
    launch: () => read(sessionStore, LAUNCH_KEY),
    active: () => store.launch() ?? store.manager(),
    saveManager(settings) {
      if (settings === undefined) void localStore.removeItem(MANAGER_SETTINGS_KEY);
      else void localStore.setItem(MANAGER_SETTINGS_KEY, JSON.stringify(settings));
    },
    saveLaunch(settings) {
      void sessionStore.setItem(LAUNCH_KEY, JSON.stringify(settings));
    },
  };
  return store;
}
