import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';
import { shippedScenarios } from './shipped-scenarios.ts';

// Past the welcome screen: e2e/library.spec.ts covers the first visit.
test.use({ trainee: 'Test Trainee' });

const SHIPPED = shippedScenarios.map((s) => s.loaded.scenario.title);

test('the library lists every shipped scenario, checked by the engine', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Extra Mile' })).toBeVisible();
  const cards = page.getByRole('article');
  await expect(cards).toHaveCount(SHIPPED.length);
  for (const title of SHIPPED) {
    await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible();
  }
  await expect(page.getByText('could not be loaded')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});

test('a scenario plays from the keyboard alone to its scorecard', async ({ page }) => {
  await page.goto('/');
  const firstCard = page.getByRole('article').first();
  const title = await firstCard.getByRole('heading', { level: 2 }).innerText();
  await firstCard.getByRole('button', { name: /^Practise/ }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('meter', { name: /mood/ })).toBeVisible();
  await expect(
    page.getByRole('log', { name: 'Conversation' }).getByRole('listitem').first(),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const scorecard = page.getByRole('heading', { name: 'Your scorecard' });
  const replies = page.getByRole('group', { name: 'Your reply' });
  for (let turn = 0; turn < 30 && !(await scorecard.isVisible()); turn++) {
    // The last reply shows before the scorecard does, and options stay on screen (marked
    // unavailable) while a reply saves: wait for open options or the scorecard, whichever comes.
    const open = replies.getByRole('button', { disabled: false });
    await expect(open.or(scorecard).first()).toBeVisible();
    if (await scorecard.isVisible()) break;
    const before = await page.getByRole('log').getByRole('listitem').count();
    await page.keyboard.press('1');
    await expect
      .poll(
        async () =>
          (await scorecard.isVisible()) ||
          (await page.getByRole('log').getByRole('listitem').count()) > before,
      )
      .toBe(true);
  }
  await expect(scorecard).toBeVisible();
  await expect(page.getByText(/^Overall/)).toContainText(/\d+ out of 100/);
  for (const dimension of ['Tone', 'Promptness', 'Extra mile']) {
    await expect(
      page.getByRole('list', { name: 'Scores by dimension' }).getByText(dimension, { exact: true }),
    ).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('button', { name: 'Back to the library' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Extra Mile' })).toBeVisible();
});

test('pausing stops the clock and hides the replies until resumed', async ({ page }) => {
  await page.goto('/#/play/will-it-run-on-my-computer');
  const replies = page.getByRole('group', { name: 'Your reply' });
  await expect(replies.getByRole('button').first()).toBeVisible();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(replies).toHaveCount(0);
  await expect(page.getByText(/\(paused\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Resume' }).click();
  await expect(replies.getByRole('button').first()).toBeVisible();
});

test('an unknown scenario id says so instead of failing', async ({ page }) => {
  await page.goto('/#/play/no-such-scenario');
  await expect(page.getByRole('heading', { name: 'Scenario not found' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
