import type { Page } from '@playwright/test';
import type { PathStep } from '../src/core/analysis/analysis-types.ts';
import type { LoadedScenario } from '../src/core/scenario/loaded-scenario.ts';
import { openTimeouts, start, isStuck } from '../src/core/scenario/semantics.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';
import { shippedScenarios } from './shipped-scenarios.ts';

/** Every shipped scenario with its analysis: the paths to play come from the engine, not from the test. */
const shipped = shippedScenarios;

test.use({ trainee: 'Path Tester' });

const replies = (page: Page) => page.getByRole('group', { name: 'Your reply' });
const scorecard = (page: Page) => page.getByRole('heading', { name: 'Your scorecard' });

/** The ending's heading on the scorecard (an ending may share the scenario's title). */
const endingHeading = (page: Page, title: string | undefined) =>
  page.getByRole('heading', { level: 3, name: title ?? '', exact: true });

/** Plays the decisions through the UI; waits are made by moving the page's fake clock. */
async function playPath(page: Page, path: readonly PathStep[]): Promise<void> {
  for (const step of path) {
    const open = replies(page).getByRole('button', { disabled: false });
    await expect(open.first()).toBeVisible();
    const lines = page.getByRole('log').getByRole('listitem');
    const before = await lines.count();
    if (step.choice === 'wait') {
      // The customer's patience is a real timer in the page: run the fake clock past it.
      await page.clock.runFor((step.delay ?? 0) + 1);
    } else {
      await replies(page).getByRole('button', { name: step.reply, exact: true }).click();
    }
    await expect
      .poll(async () => (await scorecard(page).isVisible()) || (await lines.count()) > before)
      .toBe(true);
  }
}

for (const { loaded, analysis } of shipped) {
  const id = loaded.scenario.id;
  const { best, worst } = analysis.overall;

  test(`${id}: the model answer reaches the best ending with the best score`, async ({ page }) => {
    if (best === null) throw new Error(`${id} has no best path`);
    await page.clock.install();
    await page.goto(`/#/play/${id}`);
    await playPath(page, best.path);
    await expect(scorecard(page)).toBeVisible();
    await expect(endingHeading(page, best.ending?.title)).toBeVisible();
    await expect(page.getByText(/^Overall/)).toContainText(`${best.overall} out of 100`);
    await expectNoSeriousA11yViolations(page);
  });

  test(`${id}: the worst path reaches the worst ending`, async ({ page }) => {
    if (worst === null) throw new Error(`${id} has no worst path`);
    await page.clock.install();
    await page.goto(`/#/play/${id}`);
    await playPath(page, worst.path);
    await expect(scorecard(page)).toBeVisible();
    await expect(endingHeading(page, worst.ending?.title)).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

/** The first customer turn's timeout and the words the customer writes when it fires. */
function firstChase(loaded: LoadedScenario): { delay: number; words: string } {
  const { graph, scenario } = loaded;
  const first = start(graph, {
    mood: scenario.customer.mood,
    flags: scenario.machine.context ?? {},
  });
  if (isStuck(first)) throw new Error('the scenario loops as it starts');
  const timeout = openTimeouts(graph, first.leaf, first.context)[0];
  const target = timeout?.transition.target;
  const words =
    target === undefined || target === null ? undefined : graph.states.get(target)?.meta.customer;
  if (timeout === undefined || words === undefined)
    throw new Error('the first turn has no chasing timeout');
  return { delay: timeout.delay, words };
}

test('a trainee who stalls is chased by the customer, and the clock shows it', async ({ page }) => {
  const { loaded } =
    shipped.find((s) => s.loaded.scenario.id === 'will-it-run-on-my-computer') ?? {};
  if (loaded === undefined) throw new Error('will-it-run-on-my-computer is not shipped');
  const { delay, words } = firstChase(loaded);
  const firstLine = words.split('\n')[0] ?? words;

  await page.clock.install();
  await page.goto(`/#/play/${loaded.scenario.id}`);
  await expect(replies(page).getByRole('button', { disabled: false }).first()).toBeVisible();
  await expect(page.getByText(firstLine)).toHaveCount(0);

  // Past the reply budget but before the customer's patience runs out: the clock says so.
  await page.clock.runFor(delay - 1000);
  await expect(page.getByText(/Over time by/)).toBeVisible();
  await expect(page.getByText(firstLine)).toHaveCount(0);

  await page.clock.runFor(1001);
  await expect(page.getByRole('log').getByText(firstLine)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
