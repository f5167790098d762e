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
import { TRAINEE_STORAGE_KEY, persistedTraineeText } from '../src/app/trainee-persistence.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const SCENARIO = 'into-the-email-void';
const RUNS = 7;

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
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    // A returning trainee: the name is already remembered, so the scenario opens at once.
    await context.addInitScript(([key, value]) => window.localStorage.setItem(key, value), [
      TRAINEE_STORAGE_KEY,
      persistedTraineeText('Bench Trainee'),
    ] as const);
    const page = await context.newPage();
    // Every script and stylesheet the browser asked for, however it was imported.
    const fetched = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\.(js|css)$/.test(path)) fetched.add(path);
    });
    await page.goto(`http://127.0.0.1:4179/#/play/${SCENARIO}`);
    await page.getByRole('log').getByRole('listitem').first().waitFor();
    // performance.now() counts from the navigation's start: this is navigation → first message.
    timings.push(await page.evaluate(() => performance.now()));
    const bytes = [...fetched].reduce(
      (sum, path) => sum + gzipSize(join(DIST, path)),
      gzipSync(html).length,
    );
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
