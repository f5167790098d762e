/**
 * The studio in a real browser on generated scenarios (1,000 states unless sizes are given:
 * `npm run bench:studio-browser -- 100 1000`): opens the file by dropping it on the studio,
 * then types at an author's pace, first in a comment (nothing shown changes) and then in a
 * customer's line (the graph's text changes, its shape does not), and reports what the
 * author feels: how long until the file is checked and the graph drawn, how long each
 * keystroke takes to paint (Event Timing), the longest task on the page's thread while typing
 * and checking (Long Tasks), and how long after the last keystroke the check is shown.
 * Prints JSON; asserts nothing (progress goes to stderr). Environment: KEYS (20 per burst),
 * KEY_DELAY_MS (120).
 */
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/chromium-launch.ts';
import { dropFile, studioStatus } from '../e2e/support/studio-page.ts';
import { serveBuiltApp, step } from './browser-steps.ts';
import { generate, yamlText } from './generated-scenario-text.ts';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
if (SIZES.length === 0) SIZES.push(1_000);
const KEYS = Number(process.env.KEYS ?? 20);
const KEY_DELAY_MS = Number(process.env.KEY_DELAY_MS ?? 120);
const TIMEOUT_MS = 300_000;

const progress = (message: string) => process.stderr.write(`[studio-browser] ${message}\n`);
const round = (ms: number) => Math.round(ms * 10) / 10;

/** What the page records while the author types (installed before the app loads). */
interface Recorder {
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number }[];
}
type RecorderWindow = Window & { __studioBench: Recorder };

function installRecorder(): void {
  const recorder: Recorder = { longTasks: [], events: [] };
  (window as unknown as RecorderWindow).__studioBench = recorder;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      recorder.longTasks.push({ start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      recorder.events.push({ name: e.name, start: e.startTime, duration: e.duration });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
}

const graphStatus = (page: Page) => page.locator('.scenario-graph__status');
const now = (page: Page) => page.evaluate(() => performance.now());

/** Waits until the check of the newest text is shown (no "Checking…"). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const text = document.querySelector('.studio-status')?.textContent ?? '';
      return text !== '' && !text.includes('Checking');
    },
    undefined,
    { timeout: TIMEOUT_MS, polling: 'raf' },
  );
}

/** Types a burst of keys at an author's pace; what it cost the page. */
async function typeBurst(page: Page, keys: string) {
  await page.evaluate(() => {
    const r = (window as unknown as RecorderWindow).__studioBench;
    r.longTasks.length = 0;
    r.events.length = 0;
  });
  const started = await now(page);
  await page.keyboard.type(keys, { delay: KEY_DELAY_MS });
  const lastKey = await now(page);
  // The status turns to "Checking…" on the keystroke; the check lands after the pause.
  await settled(page);
  const shown = await now(page);
  const recorded = await page.evaluate(() => (window as unknown as RecorderWindow).__studioBench);
  const inBurst = recorded.longTasks.filter((t) => t.start >= started);
  const keyEvents = recorded.events.filter(
    (e) => e.start >= started && (e.name === 'keydown' || e.name === 'keypress'),
  );
  const durations = keyEvents.map((e) => e.duration).sort((a, b) => a - b);
  return {
    keys: keys.length,
    // Long tasks are those over 50 ms; 0 means there was none.
    longestTaskMs: round(Math.max(0, ...inBurst.map((t) => t.duration))),
    longTasks: inBurst.length,
    // Time the page could not answer input beyond 50 ms per task (Lighthouse's definition).
    blockingMs: round(inBurst.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
    slowKeys: durations.length,
    slowestKeyMs: round(durations[durations.length - 1] ?? 0),
    checkShownAfterLastKeyMs: round(shown - lastKey),
  };
}

async function measure(page: Page, base: string, target: number) {
  const scenario = generate(target);
  const { text } = yamlText(scenario);
  const file = `${scenario.id}.yaml`;
  await page.goto(`${base}/#/studio`);
  await page.getByRole('heading', { name: 'Start' }).waitFor();
  // Long tasks are reported only to observers made once the document exists.
  await page.evaluate(installRecorder);
  progress(`${target} states: opening ${Math.round(text.length / 1024)} KB`);
  const dropped = await now(page);
  await dropFile(page, file, text);
  await step('the file is checked', page, async () => {
    await page.getByRole('textbox', { name: `Scenario file ${file}` }).waitFor();
    await settled(page);
  });
  const checked = await now(page);
  await step('the graph is laid out', page, () =>
    page.waitForFunction(
      () =>
        document.querySelector('.scenario-graph__canvas svg') !== null &&
        !(document.querySelector('.scenario-graph__status')?.textContent ?? '').startsWith(
          'Laying out',
        ),
      undefined,
      { timeout: TIMEOUT_MS, polling: 100 },
    ),
  );
  const drawn = await now(page);
  const states = (await page.locator('.state-list__count').textContent()) ?? '';
  const editor = page.getByRole('textbox', { name: `Scenario file ${file}` });

  progress(`${target} states: typing in a comment`);
  await editor.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# ');
  await settled(page);
  const comment = await typeBurst(page, 'a note for later '.repeat(4).slice(0, KEYS));

  progress(`${target} states: typing in a customer's line`);
  // Choosing a turn puts the cursor on its first line; its customer line is the next one,
  // written `meta: { customer: Turn 3.1, replyWithin: 49 }`: the words go after "Turn 3.1".
  const middle = 't3_1';
  await page.getByRole('searchbox', { name: 'Filter states' }).fill(middle);
  await page
    .getByRole('listbox', { name: /^States of/ })
    .getByRole('option', { name: new RegExp(`\\b${middle}\\b`) })
    .first()
    .click();
  await editor.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
  for (const _ of 'meta: { customer: Turn 3.1') await page.keyboard.press('ArrowRight');
  const customer = await typeBurst(page, ' and more words'.repeat(3).slice(0, KEYS));
  await page.getByRole('searchbox', { name: 'Filter states' }).fill('');
  const statusAfter = (await studioStatus(page).textContent()) ?? '';
  const line = await page.locator('.cm-activeLine').textContent();
  const graphSays = (await graphStatus(page).textContent()) ?? '';
  return {
    target,
    states,
    textKB: Math.round(text.length / 1024),
    openToCheckedMs: round(checked - dropped),
    openToGraphMs: round(drawn - dropped),
    typingInComment: comment,
    typingInCustomerLine: customer,
    statusAfterTyping: statusAfter,
    editedLine: line,
    graphStatus: graphSays,
  };
}

const served = await serveBuiltApp('studio-bench', 4183);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(TIMEOUT_MS);
  const results = [];
  for (const target of SIZES) results.push(await measure(page, served.base, target));
  console.log(
    JSON.stringify(
      { bench: 'studio-browser', keyDelayMs: KEY_DELAY_MS, node: process.version, results },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  await served.close();
}
