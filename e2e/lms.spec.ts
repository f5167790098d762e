import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import type { PathStep } from '../src/core/analysis/analysis-types.ts';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.ts';
import { shippedScenarios } from './shipped-scenarios.ts';
import { startLocalLrs, type LocalLrs } from './support/local-lrs.ts';
import { servePackage, type PackageServer, type Served } from './support/package-server.ts';

const SCENARIO = 'into-the-email-void';
const shipped = shippedScenarios.find((s) => s.loaded.scenario.id === SCENARIO);
if (shipped === undefined) throw new Error(`${SCENARIO} is not shipped`);
const { best, worst } = shipped.analysis.overall;
if (best === null || worst === null) throw new Error(`${SCENARIO} has no best or worst path`);
const PASS_MARK = shipped.loaded.scenario.scoring.pass;

// Building the packages takes a production build: once, for the desktop project only.
test.describe.configure({ mode: 'serial', timeout: 240_000 });
test.skip(({ isMobile }) => isMobile, 'The packages are built and run once, on desktop.');

let out: string;
let scorm: Map<string, Uint8Array>;
let cmi5: Map<string, Uint8Array>;

test.beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'extra-mile-lms-e2e-'));
  execFileSync(
    'npx',
    ['tsx', 'src/cli/package-lms.ts', '--scenario', SCENARIO, '--out', out, '--move-on', 'Passed'],
    { stdio: 'pipe' },
  );
  const unzip = (name: string) => new Map(Object.entries(unzipSync(readFileSync(join(out, name)))));
  scorm = unzip(`extra-mile-${SCENARIO}-scorm12.zip`);
  cmi5 = unzip(`extra-mile-${SCENARIO}-cmi5.zip`);
});
test.afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Each test's package server, closed after it. */
let served: PackageServer | undefined;
test.afterEach(async () => {
  await served?.close();
  served = undefined;
});

/** Serves a package's files under `package/`, with the fake LMS's own files beside them. */
async function host(files: Map<string, Uint8Array>, lms: [string, Served][]): Promise<string> {
  const all = new Map<string, Served>(lms);
  for (const [name, content] of files) all.set(`package/${name}`, content);
  served = await servePackage(all);
  return served.origin;
}

const text = (files: Map<string, Uint8Array>, name: string) =>
  new TextDecoder().decode(files.get(name) ?? new Uint8Array());

/**
 * Plays a path in the course's page or frame: replies are clicked, and where the path lets
 * the customer wait the page's fake clock runs past their patience.
 */
async function play(page: Page, frame: Page | FrameLocator, path: readonly PathStep[]) {
  const replies = frame.getByRole('group', { name: 'Your reply' });
  const lines = frame.getByRole('log').getByRole('listitem');
  const scorecard = frame.getByRole('heading', { name: 'Your scorecard' });
  for (const step of path) {
    await expect(replies.getByRole('button', { disabled: false }).first()).toBeVisible();
    const before = await lines.count();
    if (step.choice === 'wait') await page.clock.runFor((step.delay ?? 0) + 1);
    else await replies.getByRole('button', { name: step.reply, exact: true }).click();
    await expect
      .poll(async () => (await scorecard.isVisible()) || (await lines.count()) > before)
      .toBe(true);
  }
  await expect(scorecard).toBeVisible();
}

/** A fake LMS page: scorm-again's SCORM 1.2 API, recording every value the course sets. */
const SCORM_HOST = (launch: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test LMS</title>
<script src="scorm12.js"></script>
<script>
  window.API = new Scorm12API({ logLevel: 5 });
  window.API.loadFromJSON({ core: { student_id: 'g.okafor', student_name: 'Okafor, Grace' } });
  window.lms = { values: {}, calls: [] };
  window.API.on('LMSSetValue.cmi.*', (element, value) => { window.lms.values[element] = value; });
  for (const call of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) {
    window.API.on(call, () => window.lms.calls.push(call));
  }
</script></head>
<body><main><h1>Test LMS</h1><iframe title="Course" src="package/${launch}" style="width:100%;height:90vh"></iframe></main></body></html>`;

/** Opens the SCORM package in the fake LMS at its manifest's launch (or another one). */
async function openScorm(page: Page, launchOverride?: string) {
  const manifest = text(scorm, 'imsmanifest.xml');
  const launch =
    launchOverride ??
    /adlcp:scormtype="sco" href="([^"]+)"/.exec(manifest)?.[1]?.replace(/&amp;/g, '&');
  if (launch === undefined) throw new Error('no SCO launch in the manifest');
  const origin = await host(scorm, [
    ['lms.html', SCORM_HOST(launch)],
    ['scorm12.js', readFileSync('node_modules/scorm-again/dist/scorm12.min.js')],
  ]);
  await page.goto(`${origin}/lms.html`);
  return page.frameLocator('iframe[title="Course"]');
}

const lmsValues = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { lms: { values: Record<string, string>; calls: string[] } }).lms,
  );

test('SCORM 1.2: the package plays in an LMS frame and the LMS receives passed and the score', async ({
  page,
}) => {
  const course = await openScorm(page);
  await expect(
    course.getByRole('heading', { level: 1, name: shipped.loaded.scenario.title }),
  ).toBeVisible();
  expect((await lmsValues(page)).values['cmi.core.lesson_status']).toBe('incomplete');
  await play(page, course, best.path);
  await expect(course.getByText('Your course has your result.')).toContainText(
    `By your course's pass mark (${PASS_MARK}), you passed.`,
  );
  // The course takes one result per launch: no "Try again" here.
  await expect(course.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  const { values } = await lmsValues(page);
  expect(values['cmi.core.score.raw']).toBe(String(best.overall));
  expect(values['cmi.core.score.min']).toBe('0');
  expect(values['cmi.core.score.max']).toBe('100');
  expect(values['cmi.core.lesson_status']).toBe(best.overall >= PASS_MARK ? 'passed' : 'failed');
  await expectNoSeriousA11yViolations(page);

  await course.getByRole('button', { name: 'Back to the course' }).first().click();
  await expect(course.getByRole('heading', { name: 'Done' })).toBeFocused();
  await expect(
    course.getByText('Your course has your result. You can close this window.'),
  ).toBeVisible();
  const finished = await lmsValues(page);
  expect(finished.calls).toContain('LMSFinish');
  expect(finished.values['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
});

test('SCORM 1.2: the worst path is reported failed', async ({ page }) => {
  await page.clock.install();
  const course = await openScorm(page);
  await play(page, course, worst.path);
  await expect(course.getByText('Your course has your result.')).toBeVisible();
  const { values } = await lmsValues(page);
  expect(values['cmi.core.lesson_status']).toBe('failed');
  expect(values['cmi.core.score.raw']).toBe(String(worst.overall));
});

test('SCORM 1.2: a package naming a scenario this build lacks says so and leaves through the course', async ({
  page,
}) => {
  const course = await openScorm(page, 'index.html?lms=scorm12&scenario=no-such-scenario');
  await expect(course.getByRole('alert')).toContainText('“no-such-scenario”');
  await course.getByRole('button', { name: 'Back to the course' }).click();
  await expect(course.getByRole('heading', { name: 'Done' })).toBeFocused();
  const { values, calls } = await lmsValues(page);
  expect(calls).toContain('LMSFinish');
  expect(values['cmi.core.score.raw']).toBeUndefined();
});

test.describe('cmi5', () => {
  let lrs: LocalLrs;
  test.beforeAll(async () => {
    lrs = await startLocalLrs();
  });
  test.afterAll(async () => {
    await lrs.close();
  });

  test('the course structure names the AU, and a launch reports passed under moveOn Passed', async ({
    page,
    request,
  }) => {
    const course = text(cmi5, 'cmi5.xml');
    const auId = /<au id="([^"]+)"/.exec(course)?.[1];
    const url = /<url>([^<]+)<\/url>/.exec(course)?.[1]?.replace(/&amp;/g, '&');
    expect(course).toContain(`masteryScore="${PASS_MARK / 100}"`);
    expect(course).toContain('moveOn="Passed"');
    if (auId === undefined || url === undefined) throw new Error('no AU in cmi5.xml');

    // The LMS's part: the launch data in the LRS, a one-time token at the fetch URL.
    const registration = randomUUID();
    // The LMS's own id for this AU in this course: cmi5 forbids reusing the publisher's AU id.
    const lmsActivityId = `https://lms.example.com/courses/1/au/${randomUUID()}`;
    // cmi5 names the learner by an account on the LMS.
    const actor = {
      objectType: 'Agent',
      name: 'Grace Okafor',
      account: { homePage: 'https://lms.example.com', name: 'g.okafor' },
    };
    const launchData = {
      contextTemplate: {
        contextActivities: { grouping: [{ id: 'https://lms.example.com/course/1' }] },
        extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': randomUUID() },
      },
      launchMode: 'Normal',
      moveOn: 'Passed',
      masteryScore: PASS_MARK / 100,
    };
    const state = new URLSearchParams({
      stateId: 'LMS.LaunchData',
      activityId: lmsActivityId,
      agent: JSON.stringify(actor),
      registration,
    });
    const put = await request.put(`${lrs.endpoint}activities/state?${state.toString()}`, {
      headers: { ...lrs.headers, 'Content-Type': 'application/json' },
      data: launchData,
    });
    expect(put.ok()).toBe(true);
    let tokens = 0;
    const origin = await host(cmi5, [
      [
        'fetch',
        (request, response) => {
          tokens += 1;
          response.writeHead(request.method === 'POST' ? 200 : 405, {
            'content-type': 'application/json',
          });
          response.end(JSON.stringify({ 'auth-token': lrs.authorization.replace(/^Basic /, '') }));
        },
      ],
    ]);
    const launch = new URLSearchParams({
      endpoint: lrs.endpoint,
      fetch: `${origin}/fetch`,
      actor: JSON.stringify(actor),
      registration,
      activityId: lmsActivityId,
    });
    await page.goto(`${origin}/package/${url}&${launch.toString()}`);
    await expect(page.getByRole('group', { name: 'Your reply' })).toBeVisible();
    await play(page, page, best.path);
    await expect(page.getByText('Your course has your result.')).toBeVisible();
    await page.getByRole('button', { name: 'Back to the course' }).first().click();
    await expect(page.getByText('You can close this window.')).toBeVisible();
    expect(tokens).toBe(1);

    // In the order the LRS stored them: initialized first, terminated last.
    const statements = await lrs.statements({ registration, ascending: true });
    const verbs = statements.map((s) => s.verb.id.split('/').pop());
    expect(verbs[0]).toBe('initialized');
    expect(verbs.at(-1)).toBe('terminated');
    expect([...verbs].sort()).toEqual(['completed', 'initialized', 'passed', 'terminated']);
    const passed = statements.find((s) => s.verb.id.endsWith('/passed'));
    expect(passed?.result?.score?.scaled).toBeCloseTo(best.overall / 100, 5);
    expect(passed?.context?.registration).toBe(registration);
    expect(statements.every((s) => (s.object as { id: string }).id === lmsActivityId)).toBe(true);
  });
});
