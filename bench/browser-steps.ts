/**
 * What the browser benchmarks share: named steps whose failures say what the page said,
 * time limits on awaited work, and the built app served from its own folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { build, preview, type Plugin } from 'vite';
import { withTimeout } from '../src/features/xapi/with-timeout.ts';

/** The project's folder. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs a step; a failure names the step and what the page's status and alert regions said. */
export async function step<T>(
  name: string,
  page: Page | undefined,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const said = await page
      ?.evaluate(() =>
        [...document.querySelectorAll('[role="status"], [role="alert"]')].map((e) =>
          (e.textContent ?? '').trim(),
        ),
      )
      .catch(() => undefined);
    throw new Error(
      `Step "${name}" failed: ${message}${said === undefined ? '' : `\nThe page's status messages: ${JSON.stringify(said)}`}`,
      { cause: error },
    );
  }
}

/** Rejects after `ms`, naming what was awaited. */
export function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  return withTimeout(promise, ms, `${what} took longer than ${ms / 1000} s.`);
}

/** The app, built and served for a benchmark. */
export interface ServedApp {
  /** The server's address, without a trailing slash. */
  base: string;
  /** Stops the server and removes the build. */
  close(): Promise<void>;
}

/**
 * Builds the app into a folder of its own (the end-to-end tests and other benchmarks build
 * into dist/) and serves it with Vite's preview server on the first free port from `port`.
 */
export async function serveBuiltApp(name: string, port: number, plugins: Plugin[] = []) {
  const outDir = mkdtempSync(join(tmpdir(), `extra-mile-${name}-dist-`));
  await step('build', undefined, () =>
    build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } }),
  );
  const server = await step('preview', undefined, () =>
    preview({
      root: ROOT,
      build: { outDir },
      preview: { host: '127.0.0.1', port, strictPort: false },
      plugins,
      logLevel: 'warn',
    }),
  );
  const served: ServedApp = {
    base: (server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`).replace(/\/$/, ''),
    close: async () => {
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      rmSync(outDir, { recursive: true, force: true });
    },
  };
  return served;
}
