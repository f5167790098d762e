import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { searchForWorkspaceRoot } from 'vite';
import { defineConfig } from 'vitest/config';
import { shippedScenariosPlugin } from './src/cli/shipped-scenarios-plugin.ts';

const scenariosDir = fileURLToPath(new URL('./scenarios', import.meta.url));

export default defineConfig({
  plugins: [react(), shippedScenariosPlugin(scenariosDir)],
  server: {
    port: 5173,
    strictPort: true,
    fs: {
      // Authors may open scenario files from the dev server; the app itself gets them through the shipped-scenarios plugin.
      allow: [searchForWorkspaceRoot(process.cwd()), scenariosDir],
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    // Two cores: one worker per core, child processes for isolation.
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
        },
      },
    ],
  },
});
