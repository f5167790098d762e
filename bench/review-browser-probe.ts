/**
 * The in-page half of `review-browser.bench.ts`: seeds the app's IndexedDB database and
 * times what the manager sees, from inside the page (a MutationObserver and animation
 * frames), so no Playwright round trip is counted. {@link installReviewProbe} is sent to the
 * page as source text (`probeScript`): it may use nothing from this module but types.
 */

/** One thing that must be in the page: an element matching `selector`, narrowed further. */
export interface Check {
  /** CSS selector of the element. */
  selector: string;
  /** Its whole text, trimmed, must equal this. */
  text?: string;
  /** Its trimmed text must match this regular expression (source). */
  pattern?: string;
  /** It must carry this attribute with this value. */
  attribute?: readonly [name: string, value: string];
}

/** A named moment: the first animation frame at which every check holds. */
export interface Milestone {
  /** Its name in the results. */
  name: string;
  /** What must be in the page. */
  checks: readonly Check[];
  /** Not waited for: reported when seen (a loading message may come and go). */
  optional?: boolean;
}

/** What the probe does to the page at the start of a measurement. */
export type Action =
  /** Picks `value` in the select labelled `label` (a change event, as a pick does). */
  | { kind: 'select'; label: string; value: string }
  /** Sets the input labelled `label` to `value` (an input event, as a keystroke does). */
  | { kind: 'type'; label: string; value: string }
  /** Clicks the button reading `text` (sort arrows aside) inside `within`. */
  | { kind: 'click'; within: string; text: string }
  /** Scrolls the box `selector` to `fraction` (0 top, 1 bottom) of its scroll range. */
  | { kind: 'scroll'; selector: string; fraction: number }
  /** Moves to another hash route, as a link inside the app does. */
  | { kind: 'hash'; hash: string };

/** One measurement: the action, then the moments to wait for. */
export interface Measurement {
  /** What to do (nothing for a page load, which starts at navigation). */
  action?: Action;
  /** What to wait for. */
  milestones: readonly Milestone[];
  /** Give up after this many ms. */
  timeoutMs: number;
}

/** When each milestone was reached, in ms from the action (or from navigation). */
export interface Measured {
  /** The first animation frame showing it: the figure to report. */
  frameMs: Record<string, number>;
  /** The moment the DOM first held it (a MutationObserver callback or a frame). */
  domMs: Record<string, number>;
  /** The texts of the page's status messages when the last milestone was reached. */
  statuses: string[];
  /** Set when the measurement gave up: which milestones were missing. */
  error?: string;
}

/** What one seeding batch cost inside the page. */
export interface SeedCost {
  /** Rows written to each of the two tables. */
  rows: number;
  /** ms to fetch the batch's JSON text. */
  fetchMs: number;
  /** ms to parse it. */
  parseMs: number;
  /** ms from the transaction's start to its completion. */
  writeMs: number;
}

/** The database as the page sees it. */
export interface DatabaseShape {
  /** IndexedDB version (Dexie's version × 10). */
  version: number;
  /** Object store names. */
  stores: string[];
  /** Rows per store. */
  counts: Record<string, number>;
}

/** What the probe offers the benchmark, on `window.__reviewProbe`. */
export interface ReviewProbe {
  /** Times from navigation start to the attempts table (set on `#/review` pages only). */
  load?: Promise<Measured>;
  /** Does the action and waits for the milestones. */
  measure(measurement: Measurement): Promise<Measured>;
  /** The database's version, stores and row counts (opened without a version: no upgrade). */
  describe(): Promise<DatabaseShape>;
  /** Fetches a batch (`{ attempts, summaries }` as JSON) and writes it in one transaction over both stores. */
  seed(url: string): Promise<SeedCost>;
  /** Closes the connection the seeding used. */
  closeSeeding(): void;
  /** ms to read every summary with one raw `getAll`, and how many there were. */
  readAllSummaries(): Promise<{ ms: number; rows: number }>;
  /** Bytes the origin's storage uses, as the browser estimates it. */
  storageUsage(): Promise<number | undefined>;
}

/** The window as the probe extends it. */
export interface ProbeWindow {
  /** The probe. */
  __reviewProbe: ReviewProbe;
}

/** The load of `#/review`: the table shows every stored attempt and its first row. */
const LOAD_MILESTONES: readonly Milestone[] = [
  {
    name: 'loadingMessage',
    checks: [{ selector: '[role="status"]', text: 'Loading attempts…' }],
    optional: true,
  },
  {
    name: 'table',
    checks: [
      { selector: '[role="status"]', pattern: '^Showing all [\\d,]+ attempts$' },
      { selector: 'tbody tr[aria-rowindex="2"]' },
    ],
  },
];

/**
 * Installs `window.__reviewProbe` in a page. Runs in the browser, from its source text:
 * everything it needs is inside it.
 */
export function installReviewProbe(loadMilestones: readonly Milestone[]): void {
  const DATABASE = 'extra-mile';
  const STORES = ['attempts', 'summaries'];

  const holds = (check: Check): boolean => {
    for (const element of document.querySelectorAll(check.selector)) {
      const text = (element.textContent ?? '').trim();
      if (check.text !== undefined && text !== check.text) continue;
      if (check.pattern !== undefined && !new RegExp(check.pattern).test(text)) continue;
      const attribute = check.attribute;
      if (attribute !== undefined && element.getAttribute(attribute[0]) !== attribute[1]) continue;
      return true;
    }
    return false;
  };

  const statuses = (): string[] =>
    [...document.querySelectorAll('[role="status"], [role="alert"]')].map((e) =>
      (e.textContent ?? '').trim(),
    );

  /** The control a `<label>` with exactly this text names. */
  const labelled = (text: string): HTMLElement => {
    const label = [...document.querySelectorAll('label')].find(
      (l) => (l.textContent ?? '').trim() === text,
    );
    const control = label?.control ?? null;
    if (control === null) throw new Error(`No control labelled "${text}" in the page.`);
    return control;
  };

  const act = (action: Action): void => {
    switch (action.kind) {
      case 'select': {
        const select = labelled(action.label);
        if (!(select instanceof HTMLSelectElement))
          throw new Error(`"${action.label}" is not a select.`);
        if (![...select.options].some((o) => o.value === action.value)) {
          throw new Error(`The "${action.label}" select has no option "${action.value}".`);
        }
        select.value = action.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        return;
      }
      case 'type': {
        const input = labelled(action.label);
        if (!(input instanceof HTMLInputElement))
          throw new Error(`"${action.label}" is not an input.`);
        // The prototype's setter, as typing does: React's own value tracking then sees a change.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
          input,
          action.value,
        );
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return;
      }
      case 'click': {
        const button = [...document.querySelectorAll(`${action.within} button`)].find(
          (b) => (b.textContent ?? '').trim().replace(/[▲▼]/g, '').trim() === action.text,
        );
        if (!(button instanceof HTMLButtonElement)) {
          throw new Error(`No "${action.text}" button in ${action.within}.`);
        }
        button.click();
        return;
      }
      case 'scroll': {
        const box = document.querySelector(action.selector);
        if (box === null) throw new Error(`No ${action.selector} to scroll.`);
        box.scrollTop = Math.round(action.fraction * (box.scrollHeight - box.clientHeight));
        return;
      }
      case 'hash':
        window.location.hash = action.hash;
        return;
    }
  };

  /** Waits for the milestones; times count from `start` (performance.now() scale). */
  const watch = (
    start: number,
    milestones: readonly Milestone[],
    timeoutMs: number,
  ): Promise<Measured> =>
    new Promise((resolve) => {
      const frameMs: Record<string, number> = {};
      const domMs: Record<string, number> = {};
      let finished = false;
      const required = milestones.filter((m) => m.optional !== true);
      const finish = (error?: string) => {
        if (finished) return;
        finished = true;
        observer.disconnect();
        clearTimeout(timer);
        resolve({
          frameMs,
          domMs,
          statuses: statuses(),
          ...(error === undefined ? {} : { error }),
        });
      };
      const look = (inFrame: boolean) => {
        const now = performance.now();
        for (const milestone of milestones) {
          if (frameMs[milestone.name] !== undefined) continue;
          const seen = domMs[milestone.name] !== undefined;
          // Seen by the observer before this frame: this frame is the one that shows it.
          if (inFrame && seen) frameMs[milestone.name] = now - start;
          else if (milestone.checks.every(holds)) {
            domMs[milestone.name] = now - start;
            if (inFrame) frameMs[milestone.name] = now - start;
          }
        }
        if (required.every((m) => frameMs[m.name] !== undefined)) finish();
      };
      const frame = () => {
        if (finished) return;
        look(true);
        if (!finished) requestAnimationFrame(frame);
      };
      const observer = new MutationObserver(() => look(false));
      observer.observe(document, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      const timer = setTimeout(() => {
        const missing = required.filter((m) => frameMs[m.name] === undefined).map((m) => m.name);
        finish(
          `gave up after ${timeoutMs} ms waiting for ${missing.join(', ')}; status: ${JSON.stringify(statuses())}`,
        );
      }, timeoutMs);
      requestAnimationFrame(frame);
    });

  const open = (): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      // No version: the database the app made, never an upgrade.
      const request = indexedDB.open(DATABASE);
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => db.close();
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error(`${DATABASE} does not open.`));
      request.onblocked = () => reject(new Error(`Opening ${DATABASE} is blocked.`));
    });

  const done = (request: IDBRequest): Promise<unknown> =>
    new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('A database request failed.'));
    });

  let seeding: Promise<IDBDatabase> | undefined;

  const probe: ReviewProbe = {
    measure: (measurement) => {
      const start = performance.now();
      const watching = watch(start, measurement.milestones, measurement.timeoutMs);
      if (measurement.action !== undefined) act(measurement.action);
      return watching;
    },
    describe: async () => {
      const db = await open();
      try {
        const stores = [...db.objectStoreNames];
        const counts: Record<string, number> = {};
        if (stores.length > 0) {
          const tx = db.transaction(stores, 'readonly');
          for (const name of stores)
            counts[name] = Number(await done(tx.objectStore(name).count()));
        }
        return { version: db.version, stores, counts };
      } finally {
        db.close();
      }
    },
    seed: async (url) => {
      seeding ??= open();
      const db = await seeding;
      const missing = STORES.filter((name) => !db.objectStoreNames.contains(name));
      if (missing.length > 0) {
        throw new Error(
          `The ${DATABASE} database (version ${db.version}) has no ${missing.join(' or ')} store.`,
        );
      }
      const fetching = performance.now();
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
      const json = await response.text();
      const parsing = performance.now();
      const batch = JSON.parse(json) as { attempts: unknown[]; summaries: unknown[] };
      const writing = performance.now();
      await new Promise<void>((resolve, reject) => {
        // Relaxed durability: seeding is set-up, not what is measured.
        const tx = db.transaction(STORES, 'readwrite', { durability: 'relaxed' });
        const attempts = tx.objectStore('attempts');
        const summaries = tx.objectStore('summaries');
        for (const row of batch.attempts) attempts.put(row);
        for (const row of batch.summaries) summaries.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('The seeding transaction failed.'));
        tx.onabort = () => reject(tx.error ?? new Error('The seeding transaction was aborted.'));
      });
      return {
        rows: batch.attempts.length,
        fetchMs: parsing - fetching,
        parseMs: writing - parsing,
        writeMs: performance.now() - writing,
      };
    },
    closeSeeding: () => {
      void seeding?.then((db) => db.close());
      seeding = undefined;
    },
    readAllSummaries: async () => {
      const db = await open();
      try {
        const started = performance.now();
        const rows = (await done(
          db.transaction('summaries', 'readonly').objectStore('summaries').getAll(),
        )) as unknown[];
        return { ms: performance.now() - started, rows: rows.length };
      } finally {
        db.close();
      }
    },
    storageUsage: async () => (await navigator.storage?.estimate())?.usage,
  };
  // performance.now() starts at navigation: the load is timed from 0.
  if (window.location.hash.startsWith('#/review')) probe.load = watch(0, loadMilestones, 600_000);
  (window as unknown as ProbeWindow).__reviewProbe = probe;
}

/**
 * The probe as a script for `addInitScript`. The bench runs under tsx, whose transform names
 * functions with a `__name` helper the page lacks: the script brings its own.
 */
export function probeScript(): string {
  return `(() => { const __name = (target) => target; (${installReviewProbe.toString()})(${JSON.stringify(LOAD_MILESTONES)}); })();`;
}
