import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

// Past the welcome screen: attempts (and their file names) carry this name.
test.use({ trainee: 'Test Trainee' });

interface Shipped {
  id: string;
  /** Checks that the conversation looks like its channel; returns how many replies it made. */
  framing: (page: Page, log: Locator) => Promise<number>;
}

/** An email thread: cards with the subject, the sender and the recipient. */
const emailFraming =
  (subject: string, customer: string) =>
  async (page: Page, log: Locator): Promise<number> => {
    await expect(page.getByText('support inbox')).toBeVisible();
    await expect(log.getByText(subject, { exact: true })).toBeVisible();
    await expect(log.getByText('From', { exact: true }).first()).toBeVisible();
    await expect(log.getByText(customer, { exact: true }).first()).toBeVisible();
    await expect(log.getByText('Customer support (you)').first()).toBeVisible();
    return 0;
  };

/**
 * A spoken conversation (phone, in person): the framing, a running timer, and the
 * speaking indicator while the customer's answer to the first reply comes in.
 */
const spokenFraming =
  (title: string, timer: string, live: string, firstName: string) =>
  async (page: Page, log: Locator): Promise<number> => {
    await expect(page.getByText(title, { exact: true })).toBeVisible();
    await expect(page.getByRole('timer', { name: timer })).toBeVisible();
    // What was said before the trainee arrived shows at once, without a speaking indicator.
    await expect(page.getByText(live, { exact: true })).toBeVisible();
    // Stage directions first, then the customer's words under their first name.
    await expect(
      log.getByRole('listitem').filter({ hasText: new RegExp(`^${firstName}`) }),
    ).toHaveCount(1);
    const options = page.getByRole('group', { name: 'Your reply' }).getByRole('button');
    await options.first().click();
    await expect(log.getByRole('listitem').filter({ hasText: /^You/ }).first()).toBeVisible();
    await expect(page.getByText(`${firstName} is speaking`)).toBeVisible();
    return 1;
  };

const SHIPPED: Shipped[] = [
  {
    id: 'the-angry-caller',
    framing: spokenFraming('Phone call', 'Call time', 'On the line', 'Dean'),
  },
  {
    id: 'the-mix-up-and-the-upgrade',
    framing: spokenFraming('At the counter', 'Time with customer', 'Face to face', 'Joanna'),
  },
  {
    id: 'into-the-email-void',
    framing: emailFraming('Order FB-20417 - did my new address go through?', 'Megan Hollis'),
  },
  {
    id: 'charged-after-two-weeks',
    framing: emailFraming(
      'Second email: charged $14.99 two weeks into my free trial',
      'Daniel Okafor',
    ),
  },
  {
    id: 'will-it-run-on-my-computer',
    // Live chat: the customer's bubble on the left, the trainee's on the right.
    framing: async (page, log) => {
      await expect(page.getByText('Live chat', { exact: true })).toBeVisible();
      const options = page.getByRole('group', { name: 'Your reply' }).getByRole('button');
      await options.first().click();
      const customer = log.getByRole('listitem').filter({ hasText: 'is this a real person?' });
      const trainee = log.getByRole('listitem').filter({ hasText: /^You/ }).first();
      await expect(trainee).toBeVisible();
      const left = await customer.getByText('Hello, is this a real person?').boundingBox();
      const right = await trainee.getByText(/Hi Harold/).boundingBox();
      expect(left && right && right.x + right.width > left.x + left.width).toBe(true);
      expect(left && right && right.x > left.x).toBe(true);
      return 1;
    },
  },
];

const replies = (page: Page) => page.getByRole('group', { name: 'Your reply' });

/** Plays to the end with the key 1, checking focus lands on the first new reply; returns the replies made. */
async function playToTheEnd(page: Page): Promise<number> {
  const scorecard = page.getByRole('heading', { name: 'Your scorecard' });
  const options = replies(page).getByRole('button');
  let turns = 0;
  for (let i = 0; i < 30 && !(await scorecard.isVisible()); i++) {
    await expect(options.first()).toBeEnabled();
    const shown = await options.allInnerTexts();
    await page.keyboard.press('1');
    turns++;
    await expect
      .poll(
        async () =>
          (await scorecard.isVisible()) || (await options.allInnerTexts()).join() !== shown.join(),
      )
      .toBe(true);
    // After the last reply the options go before the scorecard arrives: wait for either.
    const open = replies(page).getByRole('button', { disabled: false });
    await expect(open.or(scorecard).first()).toBeVisible();
    if (!(await scorecard.isVisible())) await expect(options.first()).toBeFocused();
  }
  await expect(scorecard).toBeVisible();
  return turns;
}

for (const { id, framing } of SHIPPED) {
  test(`${id}: the channel's framing, keyboard play, timeline, print and download`, async ({
    page,
  }) => {
    await page.goto(`/#/play/${id}`);
    const log = page.getByRole('log', { name: 'Conversation' });
    await expect(replies(page).getByRole('button').first()).toBeEnabled();
    await expect(page.getByRole('meter', { name: /mood/ })).toBeVisible();
    const before = await framing(page, log);
    await expectNoSeriousA11yViolations(page);

    const turns = before + (await playToTheEnd(page));

    // The scorecard takes focus for keyboard users.
    await expect(page.getByRole('heading', { name: 'Your scorecard' })).toBeFocused();
    await expect(page.getByText(/^Overall/)).toContainText(/\d+ out of 100/);
    const timeline = page.getByRole('list', { name: 'Turns' });
    const items = timeline.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 4 }),
    });
    await expect(items).toHaveCount(turns);
    for (let n = 0; n < turns; n++) {
      const item = items.nth(n);
      await expect(item.getByRole('heading', { level: 4 })).toHaveText(`Turn ${n + 1}`);
      await expect(item).toContainText(
        /Time taken\s*([\d.]+ (s|min)[\d s]* of [\d.]+ (s|min)|no reply in)/,
      );
      for (const mark of ['Tone', 'Promptness', 'Extra mile']) {
        await expect(item.getByText(mark, { exact: true })).toBeVisible();
      }
    }
    await expectNoSeriousA11yViolations(page);

    // Download: the log and the scorecard, named <scenario>-<trainee>-<date>.json.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the attempt (JSON)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^${id}-test-trainee-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    );
    const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      attempt: { scenarioId: string; events: unknown[] };
      scorecard: { turns: unknown[] };
    };
    expect(saved.attempt.scenarioId).toBe(id);
    expect(saved.scorecard.turns).toHaveLength(turns);

    // On paper: the scorecard and its timeline, no buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Your scorecard' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Turn by turn' })).toBeVisible();
    await expect(items.first()).toBeVisible();
    const buttons = page.getByRole('button', { includeHidden: true });
    expect(await buttons.count()).toBeGreaterThan(3);
    for (const button of await buttons.all()) await expect(button).toBeHidden();
    await expect(page.getByRole('log', { includeHidden: true })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
  });
}

test('practice shows the coach after each reply; assessment keeps it for the end', async ({
  page,
}) => {
  await page.goto('/#/play/into-the-email-void');
  await expect(replies(page).getByRole('button').first()).toBeEnabled();
  await page.keyboard.press('1');
  const coach = page.getByRole('complementary', { name: 'Coach' });
  await expect(coach).toBeVisible();
  await expect(coach.getByText(/^Principle:/)).toHaveCount(1);

  await page.goto('/#/play/will-it-run-on-my-computer?mode=assessment');
  await expect(page.getByText(/Live chat · Assessment/)).toBeVisible();
  const first = replies(page).getByRole('button').first();
  await expect(first).toBeEnabled();
  const shown = await replies(page).getByRole('button').allInnerTexts();
  await page.keyboard.press('1');
  await expect.poll(() => replies(page).getByRole('button').allInnerTexts()).not.toEqual(shown);
  await expect(page.getByRole('complementary', { name: 'Coach' })).toHaveCount(0);
});

test('when the browser will not store attempts, the player says so and offers the download', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/#/play/into-the-email-void');
  await expect(page.getByRole('status').filter({ hasText: 'kept in this tab only' })).toBeVisible();
  await playToTheEnd(page);
  await expect(page.getByRole('button', { name: 'Download this attempt' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});
