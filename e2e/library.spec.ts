import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';
import { shippedScenarios } from './shipped-scenarios.ts';

const ALL = shippedScenarios.map((s) => s.loaded.scenario);
const CHATS = ALL.filter((s) => s.channel === 'chat');
const BILLING = ALL.filter((s) => s.skills.includes('billing-disputes'));

const CHAT_TITLE = 'Will it run on my computer?';
const CHAT_ID = 'will-it-run-on-my-computer';

/** The card of a scenario in the library. */
function card(page: Page, title: string) {
  return page.getByRole('article', { name: title });
}

/**
 * Answers with the first reply until the scorecard shows, calling `afterReply` once the
 * customer has answered each reply.
 */
async function playToTheEnd(page: Page, afterReply: () => Promise<void> = async () => {}) {
  const scorecard = page.getByRole('heading', { name: 'Your scorecard' });
  const options = page.getByRole('group', { name: 'Your reply' }).getByRole('button');
  for (let turn = 0; turn < 30 && !(await scorecard.isVisible()); turn++) {
    const shown = await options.allInnerTexts();
    await options.first().click();
    await expect
      .poll(async () => {
        if (await scorecard.isVisible()) return true;
        const now = await options.allInnerTexts();
        return now.length > 0 && now.join('\n') !== shown.join('\n');
      })
      .toBe(true);
    await afterReply();
  }
  await expect(scorecard).toBeVisible();
}

test.describe('first visit', () => {
  test('asks the name, then remembers it after a reload', async ({ page }) => {
    await page.goto('/');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Welcome to Extra Mile' }),
    ).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Start training' }).click();
    await expect(page.getByRole('alert')).toHaveText('Please type your name.');

    await page.getByRole('textbox', { name: 'Your name' }).fill('Dana');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Extra Mile' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Training as Dana');

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Extra Mile' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('Training as Dana');
  });
});

test.describe('a known trainee', () => {
  test.use({ trainee: 'Dana' });

  test('switches trainee from the header, and can switch back', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Not Dana? Switch trainee' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Switch trainee' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Sam');
    await page.getByRole('button', { name: 'Start training' }).click();
    await expect(page.getByRole('banner')).toContainText('Training as Sam');

    await page.reload();
    await page.getByRole('button', { name: 'Not Sam? Switch trainee' }).click();
    await page.getByRole('button', { name: 'Continue as Dana' }).click();
    await expect(page.getByRole('banner')).toContainText('Training as Dana');
  });

  test('filters and search narrow the cards; "Clear filters" restores them', async ({ page }) => {
    await page.goto('/');
    const cards = page.getByRole('article');
    const count = page.getByRole('status');
    await expect(cards).toHaveCount(ALL.length);
    await expect(count).toHaveText(`Showing all ${ALL.length} scenarios`);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('radio', { name: 'Live chat' }).check();
    await expect(cards).toHaveCount(CHATS.length);
    for (const chat of CHATS) await expect(card(page, chat.title)).toBeVisible();
    await expect(count).toHaveText(`Showing ${CHATS.length} of ${ALL.length} scenarios`);

    await page.getByRole('radio', { name: 'All channels' }).check();
    await page.getByRole('checkbox', { name: 'Billing disputes' }).check();
    await expect(cards).toHaveCount(BILLING.length);
    await expect(card(page, 'Charged after two weeks')).toBeVisible();

    await page.getByRole('checkbox', { name: 'Billing disputes' }).uncheck();
    await page.getByRole('searchbox', { name: 'Search scenarios' }).fill('harold');
    await expect(cards).toHaveCount(1);
    await expect(card(page, CHAT_TITLE)).toBeVisible();

    await page.getByRole('searchbox', { name: 'Search scenarios' }).fill('no such scenario');
    await expect(cards).toHaveCount(0);
    await expect(page.getByText('Nothing matches these filters')).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(cards).toHaveCount(ALL.length);
    await expect(page.getByRole('searchbox', { name: 'Search scenarios' })).toBeFocused();
  });

  test('an assessment shows no coach feedback during play', async ({ page }) => {
    await page.goto('/');
    await card(page, CHAT_TITLE)
      .getByRole('button', { name: /^Take assessment/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`#/play/${CHAT_ID}\\?mode=assessment$`));
    await expect(page.getByRole('heading', { level: 1, name: CHAT_TITLE })).toBeVisible();
    const coach = page.getByRole('complementary', { name: 'Coach' });
    await playToTheEnd(page, () => expect(coach).toHaveCount(0));
    await expect(coach).toHaveCount(0);
  });

  test('a finished attempt shows on its card, in the history, and opens its scorecard', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(card(page, CHAT_TITLE)).toContainText('Not tried yet');
    await card(page, CHAT_TITLE)
      .getByRole('button', { name: /^Practise/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`#/play/${CHAT_ID}$`));
    await playToTheEnd(page);
    const overall = (
      await page
        .getByText(/^Overall/)
        .first()
        .innerText()
    ).match(/\d+/)?.[0];

    await page.getByRole('button', { name: 'Back to the library' }).first().click();
    await expect(card(page, CHAT_TITLE)).toContainText(`Your best score: ${overall} out of 100`);

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Your history' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your history' })).toBeVisible();
    const past = page.getByRole('list', { name: 'Past attempts' });
    await expect(past.getByRole('heading', { level: 3, name: CHAT_TITLE })).toBeVisible();
    await expect(past).toContainText('Practice');
    await expect(past).toContainText(`Overall ${overall} out of 100`);
    await expectNoSeriousA11yViolations(page);

    await past.getByRole('link', { name: /^Open scorecard/ }).click();
    await expect(page).toHaveURL(/#\/attempt\/.+/);
    await expect(page.getByRole('heading', { level: 1, name: CHAT_TITLE })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your scorecard' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Your scorecard' })).toBeVisible();
  });

  test('an attempt in progress can be continued, or abandoned after confirming', async ({
    page,
  }) => {
    await page.goto(`/#/play/${CHAT_ID}`);
    const options = page.getByRole('group', { name: 'Your reply' }).getByRole('button');
    const first = await options.allInnerTexts();
    await options.first().click();
    await expect.poll(() => options.allInnerTexts()).not.toEqual(first);
    await page.getByRole('button', { name: 'Back to the library' }).first().click();

    const chat = card(page, CHAT_TITLE);
    await expect(chat).toContainText('In progress');
    await expect(chat.getByRole('button', { name: /^Practise/ })).toHaveCount(0);
    await chat.getByRole('button', { name: /^Continue/ }).click();
    await expect(page).toHaveURL(new RegExp(`#/play/${CHAT_ID}$`));
    await expect(page.getByRole('log', { name: 'Conversation' })).toContainText(
      (first[0] ?? '').replace(/^\d+\s*/, '').slice(0, 20),
    );

    await page.getByRole('button', { name: 'Back to the library' }).first().click();
    await chat.getByRole('button', { name: /^Abandon/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Abandon this attempt?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect(dialog).toBeHidden();
    await expect(chat).toContainText('In progress');

    await chat.getByRole('button', { name: /^Abandon/ }).click();
    await dialog.getByRole('button', { name: 'Abandon attempt' }).click();
    await expect(chat.getByRole('button', { name: /^Practise/ })).toBeFocused();
    await expect(chat).not.toContainText('In progress');
  });

  test('an unknown attempt id says so', async ({ page }) => {
    await page.goto('/#/attempt/no-such-attempt');
    await expect(page.getByRole('heading', { level: 1, name: 'Attempt not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to your history' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
});
