import { existsSync } from 'node:fs';

/** System Chromium first (Playwright cannot download its own browser here), else Playwright's. */
export function chromiumExecutable(): string | undefined {
  const fromEnv =
    process.env.CHROMIUM_PATH?.trim() || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH?.trim();
  if (fromEnv) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/**
 * How every browser of the project starts (end-to-end tests and benchmarks alike): headless,
 * no sandbox (root in CI), and none of Chromium's background traffic, which a closed network refuses.
 */
export const chromiumLaunchOptions = {
  executablePath: chromiumExecutable(),
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
