import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type ViteDevServer } from 'vite';
import { shippedScenariosPlugin } from '../src/cli/shipped-scenarios-plugin.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

/**
 * An author editing files by hand: the dev server (what `npm start` runs) over a copy of
 * the scenarios folder. Saving a file updates the open app at once, and a broken file
 * shows its diagnostics in the app instead of a blank page.
 */

test.use({ trainee: 'Author' });
// One dev server per test file: the tests share it and run in order.
test.describe.configure({ mode: 'serial' });

const ROOT = new URL('..', import.meta.url).pathname;
let folder: string;
let server: ViteDevServer;
let url: string;

test.beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'extra-mile-scenarios-'));
  cpSync(join(ROOT, 'scenarios'), folder, { recursive: true });
  server = await createServer({
    root: ROOT,
    configFile: false,
    // Its own dependency cache: two dev servers must not prebundle into the same folder.
    cacheDir: join(folder, '.vite'),
    logLevel: 'warn',
    plugins: [react(), shippedScenariosPlugin(folder)],
    server: { host: '127.0.0.1', port: 0, strictPort: false, fs: { allow: [ROOT, folder] } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') {
    throw new Error('the dev server has no port');
  }
  url = `http://127.0.0.1:${address.port}/`;
});

test.afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});

test('saving a scenario file updates the open app, and a broken one shows its errors', async ({
  page,
}, testInfo) => {
  // About files and a server, not screen sizes: once is enough.
  test.skip(testInfo.project.name !== 'desktop-chromium', 'runs on the desktop project only');
  test.setTimeout(120_000);
  const file = join(folder, 'into-the-email-void.yaml');
  const original = readFileSync(file, 'utf8');
  await page.goto(url);
  const cards = page.getByRole('article');
  await expect(cards.first()).toBeVisible({ timeout: 60_000 });
  const count = await cards.count();
  await expect(page.getByRole('heading', { level: 2, name: 'Into the email void' })).toBeVisible();

  // A new title appears without a rebuild or a manual reload.
  writeFileSync(
    file,
    original.replace('title: Into the email void', 'title: Into the void, edited'),
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Into the void, edited' })).toBeVisible({
    timeout: 30_000,
  });

  // A misspelt target: the library says which file and where, and keeps every other card.
  writeFileSync(file, original.replace('target: neighbour_question', 'target: neighbor_question'));
  const failures = page.getByRole('region', { name: /could not be loaded/ });
  await expect(failures).toBeVisible({ timeout: 30_000 });
  await expect(failures).toContainText('into-the-email-void.yaml:');
  await expect(failures).toContainText("did you mean 'neighbour_question'?");
  await expect(cards).toHaveCount(count - 1);
  await expectNoSeriousA11yViolations(page);

  // Fixed again: the card is back and the errors are gone.
  writeFileSync(file, original);
  await expect(cards).toHaveCount(count, { timeout: 30_000 });
  await expect(failures).toHaveCount(0);
});
