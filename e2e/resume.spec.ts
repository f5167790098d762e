import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';

// Past the welcome screen: the trainee's name is what attempts are kept under.
test.use({ trainee: 'Riley' });

// Nothing lost: a reply is stored before the customer's next message shows, so a reload
// (or a crash) comes back to the same turn of the same attempt.
test('a reload mid-conversation resumes the same turn, and the attempt goes on to its end', async ({
  page,
}) => {
  await page.goto('/#/play/into-the-email-void');

  const conversation = page.getByRole('log', { name: 'Conversation' });
  const messages = conversation.getByRole('listitem');
  const options = page.getByRole('group', { name: 'Your reply' }).getByRole('button');
  await expect(options.first()).toBeEnabled();
  await expect(page.getByText(/kept in this tab only/)).toHaveCount(0);

  // Reply once and wait for the customer's answer: by then the reply is stored.
  const firstTurn = await options.allInnerTexts();
  // The button's text is its key (1) and the reply.
  const reply = (await options.first().innerText()).replace(/^\d+\s*/, '').trim();
  await options.first().click();
  await expect.poll(() => options.allInnerTexts()).not.toEqual(firstTurn);
  await expect(options.first()).toBeEnabled();
  await expect(conversation).toContainText(reply);
  const transcript = await messages.allInnerTexts();
  const secondTurn = await options.allInnerTexts();

  await page.reload();

  // The same turn: the transcript with the reply and the customer's next message, the same replies.
  await expect(options.first()).toBeEnabled();
  await expect(options).toHaveText(secondTurn, { useInnerText: true });
  await expect(messages).toHaveText(transcript, { useInnerText: true });
  await expect(conversation).toContainText(reply);
  // Messages and the coach fade in (opacity, even with reduced motion): check contrast once shown.
  for (const faded of [
    ...(await messages.all()),
    page.getByRole('complementary', { name: 'Coach' }),
  ]) {
    await expect(faded).toHaveCSS('opacity', '1');
  }
  await expectNoSeriousA11yViolations(page);

  // And on to the end of the conversation.
  const scorecard = page.getByRole('heading', { name: 'Your scorecard' });
  for (let turn = 0; turn < 30 && !(await scorecard.isVisible()); turn++) {
    const shown = await options.allInnerTexts();
    await options.first().click();
    await expect
      .poll(
        async () =>
          (await scorecard.isVisible()) || (await options.allInnerTexts()).join() !== shown.join(),
      )
      .toBe(true);
  }
  await expect(scorecard).toBeVisible();
  await expect(conversation).toContainText(reply);
});
