import { readFileSync } from 'node:fs';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';
import { draftTexts, dropFile, studioEditor, studioStatus } from './support/studio-page.ts';

/** The author's studio: open, check, see, playtest, save, import and keep drafts. */

const VOID = readFileSync('scenarios/into-the-email-void.yaml', 'utf8');
/** The shipped file with one target misspelt (its first use, in the first turn's first option). */
const BROKEN = VOID.replace('target: neighbour_question', 'target: neighbor_question');
const BROKEN_LINE = VOID.slice(0, VOID.indexOf('target: neighbour_question')).split('\n').length;

const status = studioStatus;
const editor = studioEditor;

test('a broken file shows its problem on the right line; fixed, the graph appears; it plays from a middle turn and saves', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/#/studio');
  await expect(page.getByRole('heading', { level: 1, name: 'Extra Mile · Studio' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await dropFile(page, 'into-the-email-void.yaml', BROKEN);
  await expect(editor(page, 'into-the-email-void.yaml')).toBeVisible();
  await expect(status(page)).toHaveText(/1 error to fix/);
  const problem = page.getByRole('button', { name: new RegExp(`^${BROKEN_LINE}:\\d+ error`) });
  await expect(problem).toContainText("did you mean 'neighbour_question'?");
  await expect(page.getByText('No graph: the file has errors to fix first.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Jump to the problem, retype the target, and the graph and analysis follow.
  await problem.click();
  await expect(editor(page, 'into-the-email-void.yaml')).toBeFocused();
  // A narrow editor wraps long lines, and End stops at each wrap: go to the line's real end.
  for (let wrap = 0; wrap < 3; wrap++) await page.keyboard.press('Shift+End');
  await page.keyboard.type('neighbour_question');
  await page.keyboard.press('Escape');
  await expect(status(page)).toHaveText('No errors: the file loads.');
  const states = page.getByRole('listbox', { name: /^States of/ });
  await expect(states).toBeVisible();
  await expect(page.getByRole('button', { name: /error/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // Choose a turn in the middle and play from there, in the real player.
  await states.getByRole('option', { name: /neighbour_question/ }).click();
  await page.getByRole('button', { name: /^Play from here/ }).click();
  await expect(page.getByRole('heading', { name: 'Play from here' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'Start the playtest' }).click();
  const log = page.getByRole('log', { name: 'Conversation' });
  await expect(log).toContainText('left with my neighbour');
  await expect(log).not.toContainText('did my new address go through?\n\nI ordered');
  const replies = page.getByRole('group', { name: 'Your reply' });
  await replies.getByRole('button', { disabled: false }).first().click();
  await expect(page.getByRole('complementary', { name: 'Coach' })).toBeVisible();

  // Back to the editor, at the same turn.
  await page.getByRole('button', { name: 'Back to the editor' }).first().click();
  await expect(editor(page, 'into-the-email-void.yaml')).toBeVisible();
  // The editor opens at the turn that was played.
  await expect(editor(page, 'into-the-email-void.yaml')).toBeFocused();
  await expect(states.getByRole('option', { selected: true })).toContainText('neighbour_question');

  // Save: without a file handle it downloads; the download opens again as it was saved.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download' }).click();
  const saved = readFileSync(await (await downloading).path(), 'utf8');
  expect(saved).toBe(VOID);
  await page.getByRole('link', { name: 'Scenarios and drafts' }).click();
  await dropFile(page, 'into-the-email-void.yaml', saved);
  await expect(status(page)).toHaveText('No errors: the file loads.');
});

test('a file dropped on an open draft opens as a draft of its own; the open one is untouched', async ({
  page,
}) => {
  await page.goto('/#/studio');
  await dropFile(page, 'into-the-email-void.yaml', VOID);
  const first = editor(page, 'into-the-email-void.yaml');
  await expect(first).toBeVisible();
  await expect(status(page)).toHaveText('No errors: the file loads.');

  const other = VOID.replace(/^id: into-the-email-void$/m, 'id: a-second-void');
  await dropFile(page, 'a-second-void.yaml', other, first);
  await expect(editor(page, 'a-second-void.yaml')).toBeVisible();
  await expect(status(page)).toHaveText('No errors: the file loads.');
  await expect(page.getByRole('heading', { level: 2, name: 'a-second-void.yaml' })).toBeVisible();
  // Nothing was pasted into the first draft: both are kept as they were dropped.
  expect((await draftTexts(page)).sort()).toEqual([other, VOID].sort());
});

test('a Twine story opens as a draft with a report of what it still needs', async ({ page }) => {
  await page.goto('/#/studio');
  const twee = [
    ':: StoryTitle',
    'The late parcel',
    '',
    ':: StoryData',
    '{ "ifid": "A1B2C3D4-E5F6-4A1B-8C2D-3E4F5A6B7C8D", "start": "Start" }',
    '',
    ':: Start',
    'Where is my parcel? It was due on Monday.',
    '[[Let me check the tracking for you->Checking]]',
    '[[Parcels are often late->Annoyed]]',
    '',
    ':: Checking',
    'Thank you, that would help.',
    '[[It arrives tomorrow before noon->Happy]]',
    '',
    ':: Annoyed',
    'That is not an answer.',
    '',
    ':: Happy',
    'Great, thanks!',
  ].join('\n');
  await page.getByLabel('Import a Twine story…').setInputFiles({
    name: 'late-parcel.twee',
    mimeType: 'text/plain',
    buffer: Buffer.from(twee),
  });
  await expect(page.getByRole('note')).toContainText('Imported from Twine. Still to do:');
  await expect(status(page)).toHaveText('No errors: the file loads.');
  await expect(page.getByRole('listbox', { name: /^States of/ })).toContainText('checking');
  await expectNoSeriousA11yViolations(page);
});

test('an edit survives a reload: the draft is kept as the author types', async ({ page }) => {
  await page.goto('/#/studio');
  await page.getByRole('button', { name: 'New scenario' }).click();
  const text = editor(page, 'new-scenario.yaml');
  await expect(text).toBeVisible();
  await text.focus();
  await expect(text).toBeFocused();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('# Kept while typing\n');
  await expect(text).toContainText('# Kept while typing');
  await expect(page.getByText('Draft kept in this browser')).toBeVisible({ timeout: 15_000 });
  expect((await draftTexts(page)).some((t) => t.includes('# Kept while typing'))).toBe(true);

  await page.reload();
  await expect(editor(page, 'new-scenario.yaml')).toContainText('# Kept while typing');
  await page.getByRole('link', { name: 'Scenarios and drafts' }).click();
  const drafts = page.getByRole('list', { name: 'Drafts' });
  await expect(drafts.getByRole('listitem').filter({ hasText: 'new-scenario.yaml' })).toContainText(
    'not saved to a file',
  );
});

test('two tabs on one draft never overwrite each other: the stale one keeps a copy', async ({
  page,
  context,
}) => {
  await page.goto('/#/studio');
  await page.getByRole('button', { name: 'New scenario' }).click();
  const first = editor(page, 'new-scenario.yaml');
  await expect(first).toBeVisible();
  const other = await context.newPage();
  await other.goto(page.url());
  const second = editor(other, 'new-scenario.yaml');
  await expect(second).toBeVisible();

  // The first tab writes the draft; the second still holds the text it opened.
  await first.focus();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('# From the first tab\n');
  await expect(page.getByText('Draft kept in this browser')).toBeVisible({ timeout: 15_000 });

  await second.focus();
  await other.keyboard.press('Control+Home');
  await other.keyboard.type('# From the second tab\n');
  await expect(other.getByRole('alert')).toContainText('changed in another tab');
  const texts = await draftTexts(page);
  expect(texts.some((t) => t.startsWith('# From the first tab'))).toBe(true);
  expect(texts.some((t) => t.startsWith('# From the second tab'))).toBe(true);
  await expectNoSeriousA11yViolations(other);
});
