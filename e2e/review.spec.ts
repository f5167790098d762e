import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { ATTEMPTS_CSV_HEADER, parseCsv } from '../src/core/review/attempts-csv.ts';
import {
  generateAttempts,
  type GeneratedAttempt,
} from '../src/core/review/testing/generate-attempts.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';
import { shippedScenarios } from './shipped-scenarios.ts';

// The review needs no trainee: managers go straight to #/review.

const scenarios = shippedScenarios.map((s) => s.loaded);
const titleOf = (id: string) => scenarios.find((s) => s.scenario.id === id)?.scenario.title ?? id;

/** 1,000 attempts played through the engine, as the files trainees download. */
const THOUSAND = generateAttempts(scenarios, { count: 1000, seed: 42 });

const folder = mkdtempSync(join(tmpdir(), 'extra-mile-review-'));

/** Writes a file for the browser to pick; returns its path. */
function file(name: string, contents: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof contents === 'string' ? contents : JSON.stringify(contents));
  return path;
}

/** Imports files through the data page and returns the summary region. */
async function importFiles(page: Page, paths: string[]) {
  await page.goto('/#/review/data');
  await page.getByLabel('Choose files…').setInputFiles(paths);
  const summary = page.getByRole('region', { name: 'Import summary' });
  await expect(summary).toBeVisible({ timeout: 60_000 });
  return summary;
}

const attemptsStatus = (page: Page) =>
  page.getByRole('region', { name: 'Attempts' }).getByRole('status').first();

test('imports 1,000 attempts, filters, sorts, exports and opens a trainee, a scenario and an attempt', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/#/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Extra Mile · Review' })).toBeVisible();
  await expect(page.getByText('No attempts yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const summary = await importFiles(page, [file('thousand.json', THOUSAND)]);
  await expect(summary).toContainText('1,000 attempts added');
  await expect(summary).toContainText('1,000 attempts verified by replay');
  await expect(page.getByText(/attempts? exists? only in this browser/)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole('link', { name: 'Attempts', exact: true }).click();
  await expect(attemptsStatus(page)).toHaveText('Showing all 1,000 attempts');

  // Filter by one trainee, then by result: counts follow the data.
  const dev = THOUSAND.filter((a) => a.attempt.trainee === 'Dev Patel');
  await page.getByLabel('Trainee').selectOption('Dev Patel');
  await expect(attemptsStatus(page)).toHaveText(`Showing ${dev.length} of 1,000 attempts`);
  const devPassed = dev.filter((a) => a.scorecard.pass === true);
  await page.getByLabel('Result').selectOption('pass');
  await expect(attemptsStatus(page)).toHaveText(`Showing ${devPassed.length} of 1,000 attempts`);
  await page.getByLabel('Result').selectOption('');

  // Sort by overall, highest first: the first row holds Dev's best score.
  await page.getByRole('button', { name: 'Overall' }).click();
  await expect(page.getByRole('columnheader', { name: /Overall/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  const best = Math.max(...dev.map((a) => a.scorecard.overall ?? 0));
  const firstRow = page.getByRole('table').getByRole('row').nth(1);
  await expect(firstRow.getByRole('cell').nth(4)).toHaveText(String(best));
  await expectNoSeriousA11yViolations(page);

  // Export what is shown as CSV: one row per attempt, names and scores intact.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = parseCsv(readFileSync(await (await downloading).path(), 'utf8'));
  const [header, ...rows] = csv;
  expect(header).toEqual([...ATTEMPTS_CSV_HEADER]);
  expect(rows).toHaveLength(dev.length);
  const byId = new Map(dev.map((a) => [a.attempt.attemptId, a]));
  for (const row of rows) {
    const source = byId.get(row[0] ?? '');
    expect(source, `row ${row[0]} is one of Dev's attempts`).toBeDefined();
    if (source === undefined) continue;
    expect(row[1]).toBe('Dev Patel');
    expect(row[2]).toBe(titleOf(source.attempt.scenarioId));
    expect(row[7]).toBe(String(source.scorecard.overall));
  }
  const overalls = rows.map((r) => Number(r[7]));
  expect(overalls).toEqual([...overalls].sort((a, b) => b - a));

  // A trainee's page: progress chart with its figures, what is not passed yet.
  await firstRow.getByRole('link', { name: 'Dev Patel' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Dev Patel' })).toBeVisible();
  await expect(page.getByRole('figure', { name: /Scores over time/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Not passed yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // A scenario's page: pass rate, endings, each turn's choices, the hardest turn marked.
  const scenarioId = dev[0]?.attempt.scenarioId ?? '';
  await page.goto(`/#/review/scenario/${scenarioId}`);
  await expect(page.getByRole('heading', { level: 2, name: titleOf(scenarioId) })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Endings reached' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Replies chosen' }).first()).toContainText(
    /\d+ % chose “/,
  );
  await expectNoSeriousA11yViolations(page);

  // One attempt: the trainee's scorecard plus reply times against the budget.
  await page.goto('/#/review');
  await page.getByRole('table').getByRole('row').nth(1).getByRole('link').nth(2).click();
  await expect(page.getByRole('heading', { name: 'Your scorecard' })).toBeVisible();
  await expect(page.getByRole('figure', { name: /Reply time against the budget/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

/** A copy of a generated attempt with other numbers or another log. */
function variant(
  source: GeneratedAttempt,
  id: string,
  change: (a: GeneratedAttempt) => void,
): GeneratedAttempt {
  const copy = structuredClone(source);
  copy.attempt.attemptId = id;
  change(copy);
  return copy;
}

test('a mixed batch: verified, altered, unknown version, duplicate and garbage, summed up', async ({
  page,
  browser,
}) => {
  const [a, b, c, d] = THOUSAND;
  if (a === undefined || b === undefined || c === undefined || d === undefined) {
    throw new Error('not enough attempts');
  }
  const altered = variant(b, 'altered-score', (x) => {
    x.scorecard.overall = x.scorecard.overall === 100 ? 12 : 100;
  });
  const badLog = variant(c, 'altered-log', (x) => {
    const reply = x.attempt.events.find((e) => e.type === 'reply');
    if (reply?.type === 'reply') reply.option = 'promise_the_moon';
  });
  const unknown = variant(d, 'unknown-version', (x) => {
    x.attempt.scenarioFingerprint = 'f'.repeat(64);
  });
  const paths = [
    file('valid.json', a),
    file('altered-score.json', altered),
    file('altered-log.json', badLog),
    file('unknown-version.json', unknown),
    file('valid-again.json', a),
    file('notes.json', 'these are my notes, not an attempt'),
    file('scenario.json', { format: 'cx-scenario/1', id: 'x' }),
  ];
  const summary = await importFiles(page, paths);
  await expect(summary).toContainText('4 attempts added');
  await expect(summary).toContainText('1 attempt verified by replay');
  await expect(summary).toContainText('2 attempts altered');
  await expect(summary).toContainText('1 attempt kept but cannot be verified');
  await expect(summary).toContainText('1 duplicate already stored, skipped');
  await expect(summary).toContainText('2 files or entries rejected');
  await expect(summary.getByRole('listitem').filter({ hasText: 'notes.json' })).toContainText(
    /not JSON/i,
  );
  await expect(summary.getByRole('listitem').filter({ hasText: 'scenario.json' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The same batch again changes nothing: every attempt is a duplicate.
  const again = await importFiles(page, paths);
  await expect(again).toContainText('0 attempts added');
  await expect(again).toContainText('5 duplicates already stored, skipped');

  await page.goto('/#/review');
  await expect(attemptsStatus(page)).toHaveText('Showing all 4 attempts');
  await expect(page.getByRole('table').getByText('Altered', { exact: true })).toHaveCount(2);
  await expect(page.getByRole('table').getByText('Cannot verify', { exact: true })).toHaveCount(1);

  // An altered attempt says what does not match.
  await page.goto('/#/review/attempt/altered-score');
  await expect(page.getByRole('note').filter({ hasText: 'Altered' })).toContainText(/overall/i);
  await expectNoSeriousA11yViolations(page);

  // The JSON bundle imports back into another browser with the same verdicts.
  await page.goto('/#/review');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON bundle' }).click();
  const bundle = await (await downloading).path();
  const elsewhere = await browser.newPage();
  try {
    const restored = await importFiles(elsewhere, [bundle]);
    await expect(restored).toContainText('4 attempts added');
    await expect(restored).toContainText('1 attempt verified by replay');
    await expect(restored).toContainText('2 attempts altered');
    await expect(restored).toContainText('1 attempt kept but cannot be verified');
  } finally {
    await elsewhere.close();
  }
});

test('a trainee summary and an attempt print without the screen controls', async ({ page }) => {
  const trainee = 'Ó Briain, Priya';
  const theirs = generateAttempts(scenarios, { count: 80, seed: 3, trainees: [trainee] });
  await importFiles(page, [file('priya.json', theirs)]);
  await page.goto(`/#/review/trainee/${encodeURIComponent(trainee)}`);
  await expect(page.getByRole('heading', { level: 2, name: trainee })).toBeVisible();
  const rows = page.getByRole('table').last().getByRole('row');
  // On screen the table is virtualised: far fewer rows than attempts are in the page.
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(theirs.length);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Review' })).toBeHidden();
  // On paper every attempt is there.
  await expect(rows).toHaveCount(theirs.length + 1);
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`/#/review/attempt/${theirs[0]?.attempt.attemptId ?? ''}`);
  await expect(page.getByRole('heading', { name: 'Your scorecard' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Review' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Your scorecard' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
});
