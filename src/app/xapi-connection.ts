import { settingsFromLaunch } from '../features/xapi/launch-settings.ts';
import { destinationOf, type LrsSettings } from '../features/xapi/lrs-settings.ts';
import {
  createLrsSettingsStore,
  MANAGER_SETTINGS_KEY,
  type LrsSettingsStore,
} from '../features/xapi/lrs-settings-store.ts';
import type { XapiBridge } from '../features/xapi/xapi-bridge.ts';
import { withTimeout } from '../features/xapi/with-timeout.ts';
import { sharedAttemptStore } from '../storage/attempt-store-context.tsx';
import { attemptWrites } from '../storage/attempt-writes.ts';
import type { StatementOutbox } from '../storage/statement-outbox.ts';
import { loadShippedScenario } from './shipped-library.ts';
import { setXapiBridge } from './xapi-connection-state.ts';

/** This tab's LRS settings. */
export const lrsSettings: LrsSettingsStore = createLrsSettingsStore();

let running: { bridge: XapiBridge; stop: () => void } | undefined;
let starting: Promise<void> = Promise.resolve();
let launchProblems: readonly string[] = [];

/**
 * The library's activity id, which every activity id extends: what a launch chose, else the
 * app's address (without `#…` or `?…`), which is the company's own.
 */
export function activityBaseOf(settings: LrsSettings): string {
  return settings.activityId ?? `${window.location.origin}${window.location.pathname}`;
}

export { xapiBridge } from './xapi-connection-state.ts';

/** What was wrong with the LRS settings of the link this tab was opened with. */
export function xapiLaunchProblems(): readonly string[] {
  return launchProblems;
}

/**
 * Reads LRS settings from the launch URL (kept for this tab), then starts sending if any
 * settings are in force. Called once the first screen is shown: the xAPI code is loaded
 * only then, and only where an LRS is set up.
 */
export function startXapi(search: string = window.location.search): Promise<void> {
  // An LMS launch (cmi5 also passes `endpoint`) is the LMS runtime's business, not a Tin Can launch.
  const byLms = new URLSearchParams(search).has('lms');
  const launch = byLms ? ({ kind: 'none' } as const) : settingsFromLaunch(search);
  if (launch.kind === 'settings') lrsSettings.saveLaunch(launch.settings);
  launchProblems = launch.kind === 'invalid' ? launch.problems : [];
  if (launchProblems.length > 0) {
    console.warn(
      `Extra Mile: the launch's LRS settings are not usable: ${launchProblems.join(' ')}`,
    );
  }
  if (launch.kind === 'settings') forgetLaunchInAddress();
  // Settings saved in another tab apply here too (a launch's own still win in its tab).
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key === MANAGER_SETTINGS_KEY) {
      void restartXapi(lrsSettings.active());
    }
  });
  return restartXapi(lrsSettings.active());
}

/** Stops sending with the old settings and starts with the new ones (none: stops). */
export function restartXapi(settings: LrsSettings | undefined): Promise<void> {
  starting = starting
    .then(async () => {
      running?.stop();
      running = undefined;
      setXapiBridge(undefined);
      if (settings === undefined) return;
      running = await startBridge(settings);
      setXapiBridge(running.bridge);
    })
    // One failed start (a chunk that did not load) must not block every later restart.
    .catch((error: unknown) =>
      console.warn('Extra Mile: sending to the LRS did not start.', error),
    );
  return starting;
}

/** How long the outbox's database may take to open (blocked by an upgrade elsewhere). */
const OPEN_TIMEOUT_MS = 5_000;

/**
 * Takes the launch's credentials out of the address bar (and so out of the history and
 * bookmarks): they are kept for this tab, and a reload still sends.
 */
function forgetLaunchInAddress(): void {
  const url = new URL(window.location.href);
  for (const name of ['endpoint', 'auth', 'actor', 'registration', 'activity_id']) {
    url.searchParams.delete(name);
  }
  window.history.replaceState(window.history.state, '', url.href);
}

async function openOutbox(): Promise<StatementOutbox> {
  try {
    const [{ AttemptDatabase }, { DexieStatementOutbox }] = await Promise.all([
      import('../storage/attempt-database.ts'),
      import('../storage/statement-outbox-dexie.ts'),
    ]);
    const db = new AttemptDatabase();
    await withTimeout(db.open(), OPEN_TIMEOUT_MS, 'the database did not open');
    return new DexieStatementOutbox(db);
  } catch {
    // No database in this browser: statements wait in memory for as long as the tab lives.
    const { MemoryStatementOutbox } = await import('../storage/statement-outbox-memory.ts');
    return new MemoryStatementOutbox();
  }
}

/**
 * Only one tab sends to an LRS at a time where the browser has Web Locks; others leave it
 * to that one. One lock per destination: a tab on other settings sends its own.
 */
function oneTabAtATime(destination: string) {
  return (round: () => Promise<void>): Promise<void> => {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    if (locks === undefined) return round();
    return locks.request(`extra-mile:xapi-outbox:${destination}`, round);
  };
}

async function startBridge(settings: LrsSettings) {
  const [{ createXapiBridge }, { xapiTransport }, outbox] = await Promise.all([
    import('../features/xapi/xapi-bridge.ts'),
    import('../features/xapi/xapi-transport.ts'),
    openOutbox(),
  ]);
  const attempts = await sharedAttemptStore();
  const bridge = createXapiBridge({
    settings,
    outbox,
    transport: xapiTransport(settings),
    getAttempt: (id) => attempts.get(id),
    scenarioFor: async (id, fingerprint) => {
      const load = await loadShippedScenario(id);
      return load.status === 'ready' && load.loaded.fingerprint === fingerprint
        ? load.loaded
        : undefined;
    },
    activityBase: activityBaseOf(settings),
    sender: { exclusive: oneTabAtATime(destinationOf(settings)) },
  });
  const stopListening = attemptWrites.listen((id) => void bridge.attemptChanged(id));
  const online = () => bridge.retryNow();
  window.addEventListener('online', online);
  // Statements left from an earlier visit go out now, with any an early close left unqueued,
  // and this visit's attempts written before sending started (the first reply may come
  // before this code has loaded) are queued too.
  bridge.retryNow();
  void bridge.catchUp();
  const pageStart = performance.timeOrigin;
  void attempts.list({ status: 'in-progress' }).then((open) => {
    for (const attempt of open) {
      if (attempt.updatedAt >= pageStart) void bridge.attemptChanged(attempt.attemptId);
    }
  });
  return {
    bridge,
    stop: () => {
      stopListening();
      window.removeEventListener('online', online);
      bridge.stop();
    },
  };
}
