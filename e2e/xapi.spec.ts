import type { Page } from '@playwright/test';
import type { PathStep } from '../src/core/analysis/analysis-types.ts';
import { attemptsFromStatements } from '../src/core/xapi/statements-to-attempts.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';
import { shippedScenarios } from './shipped-scenarios.ts';
import { startLocalLrs, type LocalLrs } from './support/local-lrs.ts';

const SCENARIO = 'into-the-email-void';
const shipped = shippedScenarios.find((s) => s.loaded.scenario.id === SCENARIO);
if (shipped === undefined) throw new Error(`${SCENARIO} is not shipped`);
const MODEL = shipped.analysis.modelAnswer ?? [];
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;

let lrs: LocalLrs;

// One LRS per worker; each test uses its own trainee email to find its statements.
test.skip(({ isMobile }) => isMobile, 'The LRS round trips are tested once, on desktop.');
test.use({ trainee: 'Grace Okafor' });
test.beforeAll(async () => {
  lrs = await startLocalLrs();
});
test.afterAll(async () => {
  await lrs.close();
});

const replies = (page: Page) => page.getByRole('group', { name: 'Your reply' });
const scorecard = (page: Page) => page.getByRole('heading', { name: 'Your scorecard' });

/** Plays decisions through the UI (the model answer never waits for the customer). */
async function play(page: Page, path: readonly PathStep[]): Promise<void> {
  for (const step of path) {
    if (step.choice === 'wait') throw new Error('this test plays paths without waits');
    const lines = page.getByRole('log').getByRole('listitem');
    await expect(replies(page).getByRole('button', { disabled: false }).first()).toBeVisible();
    const before = await lines.count();
    await replies(page).getByRole('button', { name: step.reply, exact: true }).click();
    await expect
      .poll(async () => (await scorecard(page).isVisible()) || (await lines.count()) > before)
      .toBe(true);
  }
}

/** Statements of one trainee, once their number has settled at `count`. */
async function statementsOf(email: string, count: number) {
  const agent = { mbox: `mailto:${email}` };
  await expect
    .poll(async () => (await lrs.statements({ agent })).length, { timeout: 30_000 })
    .toBe(count);
  return lrs.statements({ agent });
}

const FINISHED_VERBS = (turns: number) => [
  VERB('launched'),
  VERB('initialized'),
  ...Array.from({ length: turns }, () => VERB('answered')),
  VERB('completed'),
  VERB('passed'),
  VERB('terminated'),
];

/** Fills the manager's LRS settings (the secret as given). */
async function fillSettings(page: Page, secret: string) {
  await page.getByLabel('Endpoint').fill(lrs.endpoint);
  await page.getByLabel('Key').fill(lrs.username);
  await page.getByLabel('Secret').fill(secret);
  await page.getByLabel('Trainee’s email').fill('grace@example.com');
}

test('a manager connects the LRS; a played attempt arrives whole, rebuilds exactly and loads in another browser', async ({
  page,
  browser,
}) => {
  // The counts below are of everything the LRS holds: start from an empty one.
  lrs.clear();
  await page.goto('/#/review/lrs');
  await fillSettings(page, 'not the secret');
  await page.getByRole('button', { name: 'Test the connection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'HTTP 401' })).toContainText(
    'refused the key and secret',
  );
  await page.getByLabel('Secret').fill(lrs.password);
  await page.getByRole('button', { name: 'Test the connection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/#/play/${SCENARIO}`);
  await play(page, MODEL);
  await expect(scorecard(page)).toBeVisible();

  const turns = MODEL.length;
  await expect(
    page.getByText(`Sent to the Learning Record Store (${turns + 5} statements).`),
  ).toBeVisible();
  const statements = await statementsOf('grace@example.com', turns + 5);
  expect(new Set(statements.map((s) => s.verb.id))).toEqual(new Set(FINISHED_VERBS(turns)));
  const when = (verb: string) =>
    statements.filter((s) => s.verb.id === VERB(verb)).map((s) => String(s.timestamp));
  const [launched] = when('launched');
  expect(statements.every((s) => String(s.timestamp) >= String(launched))).toBe(true);
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);

  // The review's reading of the LRS gives back the attempt the browser stored.
  const reading = attemptsFromStatements(statements);
  expect(reading.ignored).toBe(0);
  const [rebuilt] = reading.attempts;
  if (rebuilt?.ok !== true) throw new Error(`not rebuilt: ${JSON.stringify(rebuilt)}`);
  expect(rebuilt.status).toBe('finished');
  expect(rebuilt.log.scenarioId).toBe(SCENARIO);
  expect(rebuilt.log.events.filter((e) => e.type === 'reply')).toHaveLength(turns);
  expect(rebuilt.result?.pass).toBe(true);

  await page.goto('/#/review/lrs');
  await expect(page.getByText(`${turns + 5} sent, 0 waiting.`)).toBeVisible();
  const load = page.getByRole('button', { name: 'Load attempts from the LRS' });
  await load.click();
  await expect(
    page.getByText('1 attempt found in the LRS: 0 added, 1 already here.'),
  ).toBeVisible();

  // Another computer: nothing stored, the same LRS. The attempt comes back, verified.
  const elsewhere = await browser.newContext({ baseURL: 'http://127.0.0.1:4173' });
  const other = await elsewhere.newPage();
  await other.goto('/#/review/lrs');
  await fillSettings(other, lrs.password);
  await other.getByRole('button', { name: 'Save' }).click();
  await other.getByLabel('Scenario').selectOption({ label: shipped.loaded.scenario.title });
  await other.getByRole('button', { name: 'Load attempts from the LRS' }).click();
  await expect(
    other.getByText(
      '1 attempt found in the LRS: 1 added, 0 already here. Of those added, 1 verified by replay, 0 altered, 0 cannot be verified',
      { exact: false },
    ),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(other);
  await other.getByRole('link', { name: 'See them among the attempts' }).click();
  await expect(other.getByRole('row', { name: /Grace Okafor/ })).toBeVisible();
  await elsewhere.close();
});

test('launched with LRS settings in its link, an attempt survives the LRS going away mid-attempt', async ({
  page,
}) => {
  // An outage, a wait, the catch-up: more steps than most tests.
  test.setTimeout(90_000);
  lrs.clear();
  const actor = JSON.stringify({ name: 'Ana Núñez', mbox: 'mailto:ana@example.com' });
  const launch = new URLSearchParams({ endpoint: lrs.endpoint, auth: lrs.authorization, actor });
  // The page's clock runs as usual, and lets the test skip the sender's wait after an outage.
  await page.clock.install();
  await page.goto(`/?${launch.toString()}#/play/${SCENARIO}`);
  const half = Math.floor(MODEL.length / 2);
  await play(page, MODEL.slice(0, half));
  // launched, initialized and the first turns have arrived.
  await statementsOf('ana@example.com', 2 + half);
  // The credentials left the address bar (and the history) once kept for the tab.
  expect(page.url()).not.toContain('auth=');
  expect(page.url()).toContain(`#/play/${SCENARIO}`);

  await lrs.stop();
  await play(page, MODEL.slice(half));
  await expect(scorecard(page)).toBeVisible();
  await expect(page.getByText(/^Waiting to reach the Learning Record Store/)).toBeVisible();
  // The rest waits in the outbox, and the manager's page says so and why.
  await page.goto('/#/review/lrs');
  const outbox = page.getByRole('region', { name: 'Statements from this browser' });
  await expect(outbox).toContainText(
    /[1-9]\d* waiting\. Last problem: The LRS could not be reached/,
  );
  await expect(page.getByRole('note')).toContainText(lrs.endpoint);
  await expectNoSeriousA11yViolations(page);
  await lrs.restart();
  // The sender tries again by itself once its wait (backoff, at most 5 minutes) is over,
  // and everything arrives exactly once. The page's clock is moved on a minute per look.
  const agent = { mbox: 'mailto:ana@example.com' };
  await expect
    .poll(
      async () => {
        await page.clock.runFor(60_000);
        return (await lrs.statements({ agent })).length;
      },
      { timeout: 30_000 },
    )
    .toBe(MODEL.length + 5);
  const statements = await lrs.statements({ agent });
  expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  expect(new Set(statements.map((s) => s.verb.id))).toEqual(new Set(FINISHED_VERBS(MODEL.length)));
  expect(statements.every((s) => s.actor.name === 'Ana Núñez')).toBe(true);
  const [rebuilt] = attemptsFromStatements(statements).attempts;
  expect(rebuilt?.ok).toBe(true);
  await expect(outbox).toContainText(`${MODEL.length + 5} sent, 0 waiting.`);
});
