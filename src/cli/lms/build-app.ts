import { join } from 'node:path';
import { build } from 'vite';

/**
 * Builds the app with a relative base into `outDir`, with the project's own Vite config
 * (so the shipped scenarios are validated and split into lazy chunks as usual). A relative
 * base is what lets an LMS serve the package from whatever folder it unpacks it into.
 */
export async function buildRelativeApp(projectRoot: string, outDir: string): Promise<void> {
  await build({
    root: projectRoot,
    configFile: join(projectRoot, 'vite.config.ts'),
    base: './',
    mode: 'production',
    logLevel: 'warn',
    clearScreen: false,
    build: { outDir, emptyOutDir: true },
  });
}
