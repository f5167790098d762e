import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

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

/** Shared test object: extend here with app-specific fixtures (seeded storage, etc.). */
export const test = base.extend<Record<never, never>>({});

export { expect };
