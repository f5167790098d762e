import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

test('app loads with its main heading and no serious accessibility violations', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Extra Mile/);
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Extra Mile' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
