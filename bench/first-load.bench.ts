/**
 * The trainee's first load: builds the app and prints the gzipped size of the entry page
 * (HTML, entry script, its static imports, CSS) and of everything the browser fetched until
 * the first customer message showed (the entry plus chunks loaded on the way, such as the
 * database code), and the time from navigation to that message in Chromium.
 * Run with `npm run bench:first-load`. Prints JSON; asserts nothing (see architecture.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium-launch.ts';
import { CONVERSATION_SHOWN_MARK } from '../src/app/timing-marks.ts';
import { TRAINEE_STORAGE_KEY, persistedTraineeText } from '../src/app/trainee-persistence.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const SCENARIO = 'into-the-email-void';
const RUNS = Number(process.env.RUNS ?? 7);

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Files the entry page fetches up front: the module script, modulepreloads and stylesheets. */
function firstLoadFiles(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] ?? '',
  );
  return [...new Set(refs)].map((ref) => join(DIST, ref));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

await build({ root: ROOT, logLevel: 'warn' });
const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const files = firstLoadFiles(html);
const sizes = Object.fromEntries(files.map((f) => [f.slice(DIST.length), gzipSize(f)]));
const firstLoadBytes = gzipSync(html).length + Object.values(sizes).reduce((a, b) => a + b, 0);

const server = await preview({
  root: ROOT,
  preview: { port: 4179, strictPort: true },
  logLevel: 'warn',
});
const browser = await chromium.launch(chromiumLaunchOptions);
const timings: number[] = [];
const fetchedBeforeMessage: number[] = [];
/** The files of the run that fetched the most before the first message, with their sizes. */
let fetchedFiles: Record<string, number> = {};
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    // A returning trainee: the name is already remembered, so the scenario opens at once.
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      TRAINEE_STORAGE_KEY,
      persistedTraineeText('Bench Trainee'),
    ] as const);
    // The moment the first customer message enters the conversation log, taken in the page
    // itself (a MutationObserver) rather than by polling from outside, which adds latency.
    await context.addInitScript(() => {
      const record = window as unknown as { firstMessageAt?: number; insertedAt?: number };
      new MutationObserver((_records, observer) => {
        if (document.querySelector('[role="log"] li') === null) return;
        record.insertedAt = performance.now();
        // The frame that paints it: the message is on screen, not only in the DOM.
        requestAnimationFrame(() => (record.firstMessageAt = performance.now()));
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:4179/#/play/${SCENARIO}`);
    await page.getByRole('log').getByRole('listitem').first().waitFor();
    // performance.now() counts from the navigation's start: this is navigation → first message.
    const { at, requested } = await page.evaluate(async (mark) => {
      const record = window as unknown as { firstMessageAt?: number; insertedAt?: number };
      while (record.firstMessageAt === undefined) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      const shownAt = record.firstMessageAt;
      // The app marks the moment it shows the conversation, just before it asks for what
      // comes later (the scorecard, animations): those do not delay the first message.
      const cutOff =
        performance.getEntriesByName(mark)[0]?.startTime ?? record.insertedAt ?? shownAt;
      // Every script and stylesheet requested before then, however it was imported.
      const files = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < cutOff)
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => /\.(js|css)$/.test(path));
      return { at: shownAt, requested: files };
    }, CONVERSATION_SHOWN_MARK);
    timings.push(at);
    const fetched = new Set(requested);
    const seen = Object.fromEntries([...fetched].map((path) => [path, gzipSize(join(DIST, path))]));
    const bytes = Object.values(seen).reduce((a, b) => a + b, gzipSync(html).length);
    if (bytes > Math.max(0, ...fetchedBeforeMessage)) fetchedFiles = seen;
    fetchedBeforeMessage.push(bytes);
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

console.log(
  JSON.stringify(
    {
      entryGzipKB: Math.round((firstLoadBytes / 1024) * 10) / 10,
      fetchedBeforeFirstMessageGzipKB:
        Math.round((Math.max(...fetchedBeforeMessage) / 1024) * 10) / 10,
      fetchedBeforeFirstMessage: Object.fromEntries(
        Object.entries(fetchedFiles).map(([k, v]) => [k, Math.round((v / 1024) * 10) / 10]),
      ),
      files: Object.fromEntries(
        Object.entries(sizes).map(([k, v]) => [k, Math.round((v / 1024) * 10) / 10]),
      ),
      msToFirstCustomerMessage: {
        median: Math.round(median(timings)),
        runs: timings.map(Math.round),
        scenario: SCENARIO,
      },
    },
    null,
    2,
  ),
);
