// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];

/** Packages the pure domain core must never depend on (UI, state, persistence). */
const CORE_FORBIDDEN_PACKAGES = ['react', 'react-dom', 'framer-motion', 'zustand', 'dexie'];

/** Browser globals the core must not touch: it runs in Node (CLI, tests, bench) too. */
const CORE_FORBIDDEN_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
].map((name) => ({
  name,
  message: 'src/core is environment-free: pass what it needs in from the app layer.',
}));

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    'coverage/',
    'test-results/',
    'playwright-report/',
    'blob-report/',
    '.vite/',
    'public/scenario.schema.json',
  ]),

  js.configs.recommended,

  // Type-aware TypeScript rules, using the solution tsconfig.json (core / app / node projects).
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },

  // Plain JS files (this config and any scripts) are not part of a tsconfig: no type-aware rules.
  {
    files: JS_FILES,
    languageOptions: { globals: { ...globals.node } },
  },

  // Imports: only cheap, resolver-light rules (no no-unresolved/no-cycle: tsc covers those).
  {
    files: [...TS_FILES, ...JS_FILES],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-duplicates': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-mutable-exports': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: './src/core',
              from: ['./src/storage', './src/features', './src/ui', './src/app'],
              message: 'src/core must stay pure: no storage, features, ui or app imports.',
            },
            {
              target: './src/ui',
              from: './src/features',
              message: 'src/ui is the shared component kit: it must not import src/features.',
            },
          ],
        },
      ],
    },
  },

  // Browser code: React hooks rules and DOM globals.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**', 'src/cli/**'],
    extends: [reactHooks.configs.flat['recommended-latest']],
    languageOptions: { globals: { ...globals.browser } },
  },

  // Node-side code: CLI, benchmarks, end-to-end tests, tool configs.
  {
    files: ['src/cli/**', 'bench/**', 'e2e/**', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },

  // The domain core: no UI/persistence packages, no browser globals, no `any`.
  {
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': ['error', ...CORE_FORBIDDEN_GLOBALS],
      'no-restricted-imports': [
        'error',
        {
          paths: CORE_FORBIDDEN_PACKAGES.map((name) => ({
            name,
            message: 'src/core must not depend on UI, state or persistence libraries.',
          })),
          patterns: [
            {
              group: CORE_FORBIDDEN_PACKAGES.map((name) => `${name}/*`),
              message: 'src/core must not depend on UI, state or persistence libraries.',
            },
          ],
        },
      ],
    },
  },

  // Must stay last: turns off rules that conflict with Prettier.
  prettier,
);
