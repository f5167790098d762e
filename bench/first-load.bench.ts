/**
 * The trainee's first load: builds the app, sums the gzipped size of everything the entry
 * page loads before any lazy route (HTML, entry script, its static imports, CSS), then
 * serves the build and times navigation → first customer message in Chromium.
 * Run with `npm run bench:first-load`. Prints JSON; asserts nothing (see architecture.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const SCENARIO = 'into-the-email-void';
const RUNS = 7;

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Files the entry page fetches up front: the module script, modulepreloads and stylesheets. */
function firstLoadFiles(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return [...new Set(refs)].map((ref) => join(DIST, ref));
}

function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH?.trim() || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH?.trim();
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
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

const server = await preview({ root: ROOT, preview: { port: 4179, strictPort: true }, logLevel: 'warn' });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const timings: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    // A returning trainee: the name is already remembered, so the scenario opens at once.
    await context.addInitScript(() => {
      window.localStorage.setItem('extra-mile:trainee', JSON.stringify({ state: { name: 'Bench Trainee' }, version: 0 }));
    });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:4179/#/play/${SCENARIO}`);
    await page.getByRole('log').getByRole('listitem').first().waitFor();
    // performance.now() counts from the navigation's start: this is navigation → first message.
    timings.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}

console.log(
  JSON.stringify(
    {
      firstLoadGzipKB: Math.round((firstLoadBytes / 1024) * 10) / 10,
      files: Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, Math.round((v / 1024) * 10) / 10])),
      msToFirstCustomerMessage: { median: Math.round(median(timings)), runs: timings.map(Math.round), scenario: SCENARIO },
    },
    null,
    2,
  ),
);
