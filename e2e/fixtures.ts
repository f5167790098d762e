import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { TRAINEE_STORAGE_KEY, persistedTraineeText } from '../src/app/trainee-persistence.ts';

/** WCAG 2.x A/AA rules plus best practices; only serious and critical findings fail a test. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/**
 * Runs axe on the current page and fails on any serious or critical violation,
 * listing each rule id with the selectors of the offending nodes.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  options: { include?: string; exclude?: string[] } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);

  const results = await builder.analyze();
  const serious = results.violations.filter(
    (v) => v.impact != null && FAILING_IMPACTS.has(v.impact),
  );

  const report = serious
    .map((v) => {
      const targets = v.nodes.map((n) => `    - ${n.target.map(String).join(' ')}`).join('\n');
      return `${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n${targets}`;
    })
    .join('\n');
  expect(
    serious.map((v) => v.id),
    `serious/critical axe violations on ${page.url()}:\n${report}`,
  ).toEqual([]);
}

/** Options of the shared test object, set with `test.use({ ... })`. */
export interface AppOptions {
  /**
   * A trainee already known to the app, so the test starts past the welcome screen;
   * null (the default) is a first visit. Seeded only when nothing is stored yet, so a
   * reload or a switch of trainee inside the test is not undone.
   */
  trainee: string | null;
}

/** Shared test object: extend here with app-specific fixtures (seeded storage, etc.). */
export const test = base.extend<AppOptions>({
  trainee: [null, { option: true }],
  page: async ({ page, trainee }, use) => {
    if (trainee !== null) {
      await page.addInitScript(
        ([key, value]) => {
          if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
        },
        [TRAINEE_STORAGE_KEY, persistedTraineeText(trainee)] as const,
      );
    }
    await use(page);
  },
});

export { expect };
