/**
 * The manager's review in a real browser with 100,000 stored attempts: builds and serves the
 * app, lets it create its IndexedDB database, seeds it without the UI (rows built in Node by
 * the storage's own rules, written from the page in batches), then times in Chromium the load
 * of `#/review`, filtering, searching, sorting, scrolling, the trainee and scenario pages and
 * the JS heap. Run with `npm run bench:review-browser`. Prints JSON; asserts nothing (progress
 * goes to stderr). Environment: ATTEMPTS (100000), RUNS (5), BATCH (5000), TEMPLATES (400),
 * SEARCH (the word typed).
 *
 * The profile is a persistent one in a temporary folder, so IndexedDB lives on disk as a
 * manager's would (Playwright's default contexts keep it in memory).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import type { Plugin } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium-launch.ts';
import { ROOT, serveBuiltApp, step, within } from './browser-steps.ts';
import type { AttemptLog } from '../src/core/attempt/attempt-log.ts';
import { checkScenario } from '../src/core/analysis/check-scenario.ts';
import { filterAttempts } from '../src/core/review/filter-attempts.ts';
import type {
  AttemptSort,
  AttemptSummary,
  ReviewAttempt,
} from '../src/core/review/review-types.ts';
import { sortAttempts } from '../src/core/review/sort-attempts.ts';
import {
  generateAttempts,
  type GeneratedAttempt,
} from '../src/core/review/testing/generate-attempts.ts';
import type { LoadedScenario } from '../src/core/scenario/loaded-scenario.ts';
import { scoreText } from '../src/features/review/attempt-columns.ts';
import { reviewHref } from '../src/features/review/review-links.ts';
import { fromReview, summaryOf } from '../src/storage/review-rows.ts';
import {
  probeScript,
  type Measured,
  type Measurement,
  type Milestone,
  type ProbeWindow,
} from './review-browser-probe.ts';
import { seededRandom } from '../src/core/testing/seeded-random.ts';

const ATTEMPTS = Number(process.env.ATTEMPTS ?? 100_000);
const RUNS = Number(process.env.RUNS ?? 5);
const BATCH = Number(process.env.BATCH ?? 5_000);
/** Real attempts played through the engine; the stored ones are clones of them. */
const TEMPLATES = Number(process.env.TEMPLATES ?? 400);
const SEARCH = process.env.SEARCH ?? 'grace';
const TIMEOUT_MS = 120_000;
const LOAD_TIMEOUT_MS = 300_000;
const NOW = Date.UTC(2026, 0, 5, 9);
const YEAR_MS = 365 * 24 * 3_600_000;
const NUMBER = new Intl.NumberFormat('en-US');
/** Where the preview server hands out the seeding batch. */
const SEED_PATH = '/__review-bench-seed';

/** Progress on stderr, so stdout holds the JSON only. */
const progress = (message: string) => process.stderr.write(`[review-browser] ${message}\n`);

const prng = seededRandom;
const random = prng(2026);
const pick = <T>(items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Nothing to pick from.');
  return item;
};

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const round = (ms: number) => Math.round(ms * 10) / 10;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** The shipped scenarios, loaded and checked as the app's build does. */
function shippedScenarios(): LoadedScenario[] {
  const dir = join(ROOT, 'scenarios');
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => {
      const result = checkScenario(readFileSync(join(dir, name), 'utf8'), `scenarios/${name}`);
      if (!result.ok) throw new Error(`scenarios/${name} does not pass the checker.`);
      return result.loaded;
    });
}

const FIRST_NAMES = [
  ...['Zoë', 'Łukasz', 'Ana', 'Émile', 'Siobhan', 'Mohammed', 'Priya', 'Jean-Luc', 'Chloé'],
  ...['Oluwaseun', 'Mateusz', 'Ingrid', 'Kenji', 'Fatima', 'Björn', 'Aoife', 'Dmitri', 'Lucía'],
  ...['Grace', 'Yusuf'],
];
const LAST_NAMES = [
  ...['Okafor', 'Wójcik', "O'Brien", 'Núñez', 'Müller', 'Dubois', 'Kowalski', 'García'],
  ...['Nakamura', 'Haddad', 'Søndergaard', 'Nguyễn', 'Patel', 'Brown', 'Smith'],
];
/** 300 distinct names with accents and apostrophes. */
const TRAINEES = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`));

/** A stored attempt made from a real one: another id, trainee, date and mode, same play. */
function cloneAttempt(template: GeneratedAttempt, index: number): ReviewAttempt {
  const source = template.attempt;
  const startedAt = NOW - Math.floor(random() * YEAR_MS);
  const events = source.events.map((e) => ({ ...e, at: startedAt + (e.at - source.startedAt) }));
  const log: AttemptLog = {
    ...source,
    attemptId: `bench-${index.toString(36).padStart(4, '0')}-${Math.floor(random() * 1e9).toString(36)}`,
    trainee: pick(TRAINEES),
    mode: random() < 0.3 ? 'assessment' : 'practice',
    startedAt,
    events,
  };
  const attempt: ReviewAttempt = {
    log,
    status: 'finished',
    updatedAt: events[events.length - 1]?.at ?? startedAt,
    scorecard: template.scorecard,
  };
  // One in ten came in as a verified import, as on a machine that also gathers files.
  if (random() < 0.1) {
    attempt.verification = {
      status: 'verified',
      problems: [],
      importedAt: NOW,
      source: 'bundle.json',
    };
  }
  return attempt;
}

/** Waits, in the page, for a measurement; fails with the probe's reason. */
async function measure(page: Page, measurement: Measurement): Promise<Measured> {
  const measured = await within(
    measurement.timeoutMs + 30_000,
    'The measurement',
    page.evaluate((m) => (window as unknown as ProbeWindow).__reviewProbe.measure(m), measurement),
  );
  if (measured.error !== undefined) throw new Error(measured.error);
  return measured;
}

const statusIs = (text: string) => ({ selector: '[role="status"]', text });
const FIRST_ROW = { selector: 'tbody tr[aria-rowindex="2"]' };
const showingAll = `Showing all ${NUMBER.format(ATTEMPTS)} attempts`;
const showing = (rows: number) =>
  `Showing ${NUMBER.format(rows)} of ${NUMBER.format(ATTEMPTS)} attempts`;
/** The attempts table with every attempt, first row drawn. */
const EVERY_ATTEMPT: Milestone = { name: 'shown', checks: [statusIs(showingAll), FIRST_ROW] };

// ——— 1. Build and serve the app ———
const loadAtStart = Math.round((loadavg()[0] ?? NaN) * 10) / 10;
const profile = mkdtempSync(join(tmpdir(), 'extra-mile-review-bench-profile-'));
/** The seeding batch the page fetches next: plain HTTP is far quicker than a huge evaluate argument. */
let pendingBatch = '';
const seedServer: Plugin = {
  name: 'review-bench-seed',
  configurePreviewServer(server) {
    server.middlewares.use(SEED_PATH, (_request, response) => {
      response.setHeader('content-type', 'application/json; charset=utf-8');
      response.setHeader('cache-control', 'no-store');
      response.end(pendingBatch);
    });
  },
};
const served = await serveBuiltApp('review-bench', 4181, [seedServer]);
const base = served.base;

let context: BrowserContext | undefined;
try {
  context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript({ content: probeScript() });
  let page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(TIMEOUT_MS);

  await step('open #/review on an empty database', page, async () => {
    await page.goto(`${base}/#/review`);
    await page.getByText('No attempts yet.').waitFor({ timeout: TIMEOUT_MS });
  });
  const created = await step('read the database the app created', page, () =>
    page.evaluate(() => (window as unknown as ProbeWindow).__reviewProbe.describe()),
  );
  for (const store of ['attempts', 'summaries']) {
    if (!created.stores.includes(store)) {
      throw new Error(
        `The app's database has no "${store}" store (stores: ${created.stores.join(', ') || 'none'}, version ${created.version}).`,
      );
    }
  }

  // ——— 2. Seed without the UI ———
  const scenarios = shippedScenarios();
  const titles = new Map(scenarios.map((s) => [s.scenario.id, s.scenario.title]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const seedStarted = performance.now();
  const templates = generateAttempts(scenarios, { count: TEMPLATES, seed: 2026 });
  if (templates.length === 0) throw new Error('generateAttempts gave no attempts to clone.');
  const generateMs = performance.now() - seedStarted;
  const summaries: AttemptSummary[] = [];
  let buildMs = 0;
  let sendMs = 0;
  let pageFetchMs = 0;
  let pageParseMs = 0;
  let pageWriteMs = 0;
  let sentBytes = 0;
  for (let first = 0; first < ATTEMPTS; first += BATCH) {
    const building = performance.now();
    const rows = Array.from({ length: Math.min(BATCH, ATTEMPTS - first) }, (_, i) =>
      fromReview(cloneAttempt(pick(templates), first + i)),
    );
    const batchSummaries = rows.map(summaryOf);
    summaries.push(...batchSummaries);
    pendingBatch = JSON.stringify({ attempts: rows, summaries: batchSummaries });
    sentBytes += Buffer.byteLength(pendingBatch);
    const sending = performance.now();
    buildMs += sending - building;
    const url = `${SEED_PATH}?first=${first}`;
    const cost = await step(`seed attempts ${first + 1}–${first + rows.length}`, page, () =>
      within(
        TIMEOUT_MS,
        'Writing a batch',
        page.evaluate((u) => (window as unknown as ProbeWindow).__reviewProbe.seed(u), url),
      ),
    );
    if (cost.rows !== rows.length) {
      throw new Error(`The page wrote ${cost.rows} rows of a batch of ${rows.length}.`);
    }
    sendMs += performance.now() - sending;
    pageFetchMs += cost.fetchMs;
    pageParseMs += cost.parseMs;
    pageWriteMs += cost.writeMs;
    progress(`seeded ${NUMBER.format(first + rows.length)} of ${NUMBER.format(ATTEMPTS)}`);
  }
  pendingBatch = '';
  await page.evaluate(() => (window as unknown as ProbeWindow).__reviewProbe.closeSeeding());
  const seedMs = performance.now() - seedStarted;
  const seeded = await page.evaluate(() =>
    (window as unknown as ProbeWindow).__reviewProbe.describe(),
  );
  if (seeded.counts.attempts !== ATTEMPTS || seeded.counts.summaries !== ATTEMPTS) {
    throw new Error(
      `Seeding stored ${JSON.stringify(seeded.counts)} rows, not ${ATTEMPTS} attempts and summaries.`,
    );
  }

  // ——— 3. Measure ———
  // Load: each run in a new tab, as a manager opens the review (a new renderer, so neither
  // the seeding's garbage nor an earlier page is in the heap measured after the last run).
  const loads: Measured[] = [];
  for (let run = 0; run < RUNS; run++) {
    const previous = page;
    page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    await previous.close();
    const measured = await step(`load #/review (run ${run + 1})`, page, async () => {
      await page.goto(`${base}/#/review`, { waitUntil: 'commit' });
      const result = await within(
        LOAD_TIMEOUT_MS,
        'Loading #/review',
        page.evaluate(async () => {
          const load = (window as unknown as ProbeWindow).__reviewProbe.load;
          if (load === undefined) throw new Error('The probe is not watching this page load.');
          return load;
        }),
      );
      if (result.error !== undefined) throw new Error(result.error);
      if (!result.statuses.includes(showingAll)) {
        throw new Error(`The table shows ${JSON.stringify(result.statuses)}, not "${showingAll}".`);
      }
      return result;
    });
    loads.push(measured);
    progress(`load ${run + 1}: ${Math.round(measured.frameMs.table ?? NaN)} ms`);
  }

  const cdp = await context.newCDPSession(page);
  const heapBeforeGc = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    totalSize: number;
  };
  await cdp.send('HeapProfiler.collectGarbage');
  const heapAfterGc = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    totalSize: number;
  };
  const performanceMemory = await page.evaluate(
    () =>
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
  );

  /** Median frame ms of each milestone over runs of one measurement after another. */
  const times: Record<string, number[]> = {};
  const record = (name: string, measured: Measured, milestone = 'shown') => {
    (times[name] ??= []).push(measured.frameMs[milestone] ?? NaN);
  };

  // Filter: one trainee (an accented name, a third of a percent of the rows), then every trainee.
  const perTrainee = new Map<string, number>();
  for (const s of summaries) perTrainee.set(s.trainee, (perTrainee.get(s.trainee) ?? 0) + 1);
  const trainee = TRAINEES.find((t) => t.startsWith('Zoë') && perTrainee.has(t)) ?? '';
  const traineeRows = perTrainee.get(trainee) ?? 0;
  if (traineeRows === 0) throw new Error('No trainee named Zoë has an attempt: raise ATTEMPTS.');
  for (let run = 0; run < RUNS; run++) {
    await step(`filter by trainee (run ${run + 1})`, page, async () => {
      record(
        'filterTrainee',
        await measure(page, {
          action: { kind: 'select', label: 'Trainee', value: trainee },
          milestones: [{ name: 'shown', checks: [statusIs(showing(traineeRows)), FIRST_ROW] }],
          timeoutMs: TIMEOUT_MS,
        }),
      );
      record(
        'filterEveryTrainee',
        await measure(page, {
          action: { kind: 'select', label: 'Trainee', value: '' },
          milestones: [EVERY_ATTEMPT],
          timeoutMs: TIMEOUT_MS,
        }),
      );
    });
  }

  // Search: typed a letter at a time (each keystroke filters), then cleared.
  const prefixes = [...SEARCH].map((_, i) => SEARCH.slice(0, i + 1));
  const matches = prefixes.map((query) => filterAttempts(summaries, { query }, titleOf).length);
  const keystrokeTimes: number[][] = prefixes.map(() => []);
  const wordTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await step(`type "${SEARCH}" into Search (run ${run + 1})`, page, async () => {
      let word = 0;
      for (const [i, query] of prefixes.entries()) {
        const rows = matches[i] ?? 0;
        const measured = await measure(page, {
          action: { kind: 'type', label: 'Search', value: query },
          milestones: [
            {
              name: 'shown',
              checks: rows > 0 ? [statusIs(showing(rows)), FIRST_ROW] : [statusIs(showing(0))],
            },
          ],
          timeoutMs: TIMEOUT_MS,
        });
        const ms = measured.frameMs.shown ?? NaN;
        keystrokeTimes[i]?.push(ms);
        word += ms;
      }
      wordTimes.push(word);
      record(
        'searchCleared',
        await measure(page, {
          action: { kind: 'type', label: 'Search', value: '' },
          milestones: [EVERY_ATTEMPT],
          timeoutMs: TIMEOUT_MS,
        }),
      );
    });
  }

  // Sort: Overall (highest first), Overall again (lowest first), back to Date (newest first).
  const firstOverall = (sort: AttemptSort) =>
    scoreText(sortAttempts(summaries, sort, titleOf)[0]?.overall ?? null);
  const sortSteps = [
    {
      name: 'sortOverallDesc',
      column: 'Overall',
      aria: 'descending',
      overall: firstOverall({ key: 'overall', direction: 'desc' }),
    },
    {
      name: 'sortOverallAsc',
      column: 'Overall',
      aria: 'ascending',
      overall: firstOverall({ key: 'overall', direction: 'asc' }),
    },
    {
      name: 'sortDateDesc',
      column: 'Date',
      aria: 'descending',
      overall: firstOverall({ key: 'startedAt', direction: 'desc' }),
    },
  ];
  for (let run = 0; run < RUNS; run++) {
    for (const s of sortSteps) {
      await step(`sort by ${s.column}, ${s.aria} (run ${run + 1})`, page, async () => {
        record(
          s.name,
          await measure(page, {
            action: { kind: 'click', within: '.attempts-table thead', text: s.column },
            milestones: [
              {
                name: 'shown',
                checks: [
                  {
                    selector: 'thead th',
                    pattern: `^${s.column}`,
                    attribute: ['aria-sort', s.aria],
                  },
                  { selector: 'tbody tr[aria-rowindex="2"] td:nth-child(5)', text: s.overall },
                ],
              },
            ],
            timeoutMs: TIMEOUT_MS,
          }),
        );
      });
    }
  }

  // Scroll: the table's box to the middle, to the end, back to the top.
  const box = '.attempts-table';
  const rowHeight = await page.evaluate(
    () => document.querySelector<HTMLElement>('tbody tr[aria-rowindex="2"]')?.offsetHeight ?? 44,
  );
  const scrollHeight = await page.evaluate((selector) => {
    const element = document.querySelector(selector);
    return element === null ? 0 : element.scrollHeight - element.clientHeight;
  }, box);
  const middleRow = Math.floor(Math.round(0.5 * scrollHeight) / rowHeight) + 2;
  const scrollSteps = [
    { name: 'scrollMiddle', fraction: 0.5, row: Math.min(middleRow, ATTEMPTS + 1) },
    { name: 'scrollEnd', fraction: 1, row: ATTEMPTS + 1 },
    { name: 'scrollTop', fraction: 0, row: 2 },
  ];
  for (let run = 0; run < RUNS; run++) {
    for (const s of scrollSteps) {
      await step(`scroll the table to ${s.fraction * 100} % (run ${run + 1})`, page, async () => {
        record(
          s.name,
          await measure(page, {
            action: { kind: 'scroll', selector: box, fraction: s.fraction },
            milestones: [
              { name: 'shown', checks: [{ selector: `tbody tr[aria-rowindex="${s.row}"]` }] },
            ],
            timeoutMs: TIMEOUT_MS,
          }),
        );
      });
    }
  }

  // Aggregate: a trainee's page (chart) and a scenario's page (turn by turn), from the table.
  const counts = new Map<string, number>();
  for (const s of summaries) counts.set(s.scenarioId, (counts.get(s.scenarioId) ?? 0) + 1);
  const [scenarioId, scenarioRows] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const backToTable = async () =>
    record(
      'backToAttempts',
      await measure(page, {
        action: { kind: 'hash', hash: reviewHref.attempts() },
        milestones: [EVERY_ATTEMPT],
        timeoutMs: TIMEOUT_MS,
      }),
    );
  for (let run = 0; run < RUNS; run++) {
    await step(`open the trainee page of ${trainee} (run ${run + 1})`, page, async () => {
      const measured = await measure(page, {
        action: { kind: 'hash', hash: reviewHref.trainee(trainee) },
        milestones: [
          {
            name: 'figure',
            checks: [{ selector: 'figure figcaption', pattern: '^Scores over time' }],
          },
          { name: 'chart', checks: [{ selector: 'figure svg.recharts-surface' }] },
        ],
        timeoutMs: TIMEOUT_MS,
      });
      record('traineeFigure', measured, 'figure');
      record('traineeChart', measured, 'chart');
      await backToTable();
    });
    await step(`open the scenario page of ${scenarioId} (run ${run + 1})`, page, async () => {
      record(
        'scenarioTurnByTurn',
        await measure(page, {
          action: { kind: 'hash', hash: reviewHref.scenario(scenarioId) },
          milestones: [{ name: 'shown', checks: [{ selector: 'h3', text: 'Turn by turn' }] }],
          timeoutMs: TIMEOUT_MS,
        }),
      );
      await backToTable();
    });
  }

  const rawRead = await page.evaluate(() =>
    (window as unknown as ProbeWindow).__reviewProbe.readAllSummaries(),
  );
  const usage = await page.evaluate(() =>
    (window as unknown as ProbeWindow).__reviewProbe.storageUsage(),
  );
  const userAgent = await page.evaluate(() => navigator.userAgent);

  const figure = (name: string) => ({
    median: round(median(times[name] ?? [])),
    runs: (times[name] ?? []).map(round),
  });
  const loadMilestone = (name: string) => {
    const values = loads.map((l) => l.frameMs[name]).filter((v) => v !== undefined);
    return { median: round(median(values)), runs: values.map(round) };
  };

  console.log(
    JSON.stringify(
      {
        machine: {
          cores: cpus().length,
          memoryGB: Math.round(totalmem() / 1024 ** 3),
          // Other work on the machine (tests, builds) shows here: figures under load are slower.
          loadAverage: { atStart: loadAtStart, atEnd: round(loadavg()[0] ?? NaN) },
          browser: /HeadlessChrome\/[\d.]+/.exec(userAgent)?.[0] ?? userAgent,
          note: `${cpus().length} cores, headless Chromium, persistent profile (IndexedDB on disk), viewport 1280×800; every figure is ms from the action to the first animation frame showing its result, measured in the page`,
        },
        data: {
          attempts: ATTEMPTS,
          trainees: new Set(summaries.map((s) => s.trainee)).size,
          scenarios: scenarios.length,
          templatesPlayed: templates.length,
          rowsStore: 'every attempt with its event log and scorecard, plus its summary',
          meanSentRowKB: Math.round((sentBytes / ATTEMPTS / 1024) * 10) / 10,
          sentMB: mb(sentBytes),
          indexedDbUsageMB: usage === undefined ? null : mb(usage),
          databaseVersion: seeded.version,
        },
        seeding: {
          ms: Math.round(seedMs),
          msGenerateTemplates: Math.round(generateMs),
          msBuildRowsInNode: Math.round(buildMs),
          msSendAndWrite: Math.round(sendMs),
          msFetchInPage: Math.round(pageFetchMs),
          msParseInPage: Math.round(pageParseMs),
          msWriteInPage: Math.round(pageWriteMs),
          batches: Math.ceil(ATTEMPTS / BATCH),
          batchSize: BATCH,
        },
        load: {
          msToTable: loadMilestone('table'),
          msToLoadingMessage: loadMilestone('loadingMessage'),
          msRawGetAllSummaries: round(rawRead.ms),
          note: 'navigation in a new tab (HTTP cache warm) to "Showing all … attempts" with the first row painted; msRawGetAllSummaries is one bare IndexedDB getAll of the summaries store, for comparison',
        },
        heapMB: {
          usedAfterLoad: mb(heapBeforeGc.usedSize),
          usedAfterLoadAndGc: mb(heapAfterGc.usedSize),
          total: mb(heapAfterGc.totalSize),
          performanceMemoryUsed: performanceMemory === undefined ? null : mb(performanceMemory),
        },
        filter: {
          trainee: { name: trainee, rows: traineeRows, ms: figure('filterTrainee') },
          backToEveryTrainee: { ms: figure('filterEveryTrainee') },
          search: {
            word: SEARCH,
            keystrokes: prefixes.map((query, i) => ({
              query,
              rows: matches[i],
              ms: round(median(keystrokeTimes[i] ?? [])),
            })),
            msWholeWord: { median: round(median(wordTimes)), runs: wordTimes.map(round) },
            msCleared: figure('searchCleared'),
          },
        },
        sort: {
          overallHighestFirst: figure('sortOverallDesc'),
          overallLowestFirst: figure('sortOverallAsc'),
          dateNewestFirst: figure('sortDateDesc'),
        },
        scroll: {
          rowHeightPx: rowHeight,
          middle: { row: middleRow, ms: figure('scrollMiddle') },
          end: { row: ATTEMPTS + 1, ms: figure('scrollEnd') },
          top: figure('scrollTop'),
        },
        aggregate: {
          trainee: {
            name: trainee,
            attempts: traineeRows,
            msToFigure: figure('traineeFigure'),
            msToChartDrawn: figure('traineeChart'),
          },
          scenario: {
            id: scenarioId,
            attempts: scenarioRows,
            msToTurnByTurn: figure('scenarioTurnByTurn'),
          },
          backToAttempts: figure('backToAttempts'),
        },
        runs: RUNS,
      },
      null,
      2,
    ),
  );
} finally {
  await context?.close().catch(() => undefined);
  await served.close();
  rmSync(profile, { recursive: true, force: true });
}
