/**
 * The manager's review on 100,000 attempts: prints JSON figures (median ms of a few runs)
 * for building the summaries from stored attempts, loading them (JSON parse), filtering,
 * sorting, the trainee and scenario reports and the CSV export.
 * Run with `npm run bench:review`. Timings are printed, never asserted.
 *
 * The attempts are realistic: a seeded random walk plays each of the 13 shipped scenarios
 * many times through a real play session (random replies, thinking times around the reply
 * budget, some timeouts, some attempts left unfinished), each walk is replayed and scored
 * like a stored attempt, and the 100,000 attempts reuse those walks under 300 trainees,
 * new ids, modes and start times spread over a year.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { SimulatedClock } from 'xstate';
import type { AttemptLog } from '../src/core/attempt/attempt-log.ts';
import { replay } from '../src/core/attempt/replay.ts';
import { ActiveClock } from '../src/core/play/active-clock.ts';
import { ChoiceError } from '../src/core/play/choice-error.ts';
import { createPlaySession } from '../src/core/play/play-session.ts';
import { attemptsToCsv, parseCsv } from '../src/core/review/attempts-csv.ts';
import { filterAttempts } from '../src/core/review/filter-attempts.ts';
import type {
  AttemptFilter,
  AttemptSummary,
  ReviewAttempt,
  ReviewStatus,
  SortKey,
} from '../src/core/review/review-types.ts';
import { scenarioReport } from '../src/core/review/scenario-report.ts';
import { sortAttempts } from '../src/core/review/sort-attempts.ts';
import { summarizeAttempt } from '../src/core/review/summarize-attempt.ts';
import { traineeReport } from '../src/core/review/trainee-report.ts';
import type { LoadedScenario } from '../src/core/scenario/loaded-scenario.ts';
import { loadScenario } from '../src/core/scenario/load-scenario.ts';
import { scoreAttempt } from '../src/core/scoring/score-attempt.ts';
import { seededRandom } from '../src/core/testing/seeded-random.ts';
import { medianTimer } from './median-timer.ts';

const ATTEMPTS = Number(process.env.ATTEMPTS ?? 100_000);
const TRAINEES = 300;
/** Distinct walks played per scenario; the attempts reuse them under other names and dates. */
const WALKS_PER_SCENARIO = Number(process.env.WALKS ?? 60);
const RUNS = Number(process.env.RUNS ?? 5);
const YEAR_MS = 365 * 24 * 3600 * 1000;
const NOW = Date.UTC(2025, 5, 1);

const { time, sampleHeap, peakHeapMB } = medianTimer(RUNS);

const prng = seededRandom;
const random = prng(2025);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

function shippedScenarios(): LoadedScenario[] {
  const dir = new URL('../scenarios/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const result = loadScenario(readFileSync(new URL(f, dir), 'utf8'), `scenarios/${f}`);
      if (!result.ok) throw new Error(`scenarios/${f} does not load`);
      return result.loaded;
    });
}

/** One played walk: its log (to be renamed), status and scorecard. */
interface Walk {
  log: AttemptLog;
  status: ReviewStatus;
  attempt: Omit<ReviewAttempt, 'log' | 'status' | 'updatedAt'>;
}

/**
 * Plays a scenario once: replies mostly in time (now and then one runs over the budget or
 * the trainee stays silent until the customer's patience runs out), and one walk in ten
 * stops early (left in progress or abandoned).
 */
function playWalk(loaded: LoadedScenario, index: number): Walk {
  const host = new SimulatedClock();
  const clock = new ActiveClock({ host });
  const session = createPlaySession({
    loaded,
    trainee: 'walker',
    mode: 'practice',
    clock,
    now: () => NOW + host.now(),
    attemptId: `walk-${loaded.scenario.id}-${index}`,
  });
  const stopAfter = random() < 0.1 ? 1 + Math.floor(random() * 3) : Infinity;
  let turns = 0;
  while (!session.getView().done && turns < stopAfter && turns < 60) {
    const view = session.getView();
    const due = clock.nextDue();
    const untilDue = due === undefined ? Infinity : Math.max(0, due - clock.now());
    const silent = untilDue !== Infinity && (view.options.length === 0 || random() < 0.06);
    if (silent) {
      host.increment(untilDue);
    } else {
      const think = view.replyWithinMs * (0.15 + random() * (random() < 0.8 ? 0.8 : 1.6));
      host.increment(Math.max(0, Math.min(Math.round(think), untilDue - 1)));
      const option = pick(view.options);
      if (option === undefined) break;
      try {
        void session.choose(option.event);
      } catch (error) {
        if (!(error instanceof ChoiceError)) throw error;
      }
    }
    turns += 1;
  }
  const done = session.getView().done;
  const log = session.getLog();
  session.stop();
  const replayed = replay(loaded, log);
  if (replayed.problems.length > 0) throw new Error(replayed.problems.join('; '));
  const scorecard = scoreAttempt(loaded, replayed.turns, replayed.ending);
  const status: ReviewStatus = done ? 'finished' : random() < 0.6 ? 'in-progress' : 'abandoned';
  return { log, status, attempt: { scorecard } };
}

const FIRST_NAMES = [
  ...['Zoë', 'Łukasz', 'Ana', 'Émile', 'Siobhan', 'Mohammed', 'Priya', 'Jean-Luc', 'Chloé'],
  ...['Oluwaseun', 'Mateusz', 'Ingrid', 'Kenji', 'Fatima', 'Björn', 'Ren', 'Aoife', 'Dmitri'],
  ...['Lucía', 'Tomás', 'Grace', 'Yusuf'],
];
const LAST_NAMES = [
  ...['Okafor', 'Wójcik', "O'Brien", 'Núñez', 'Smith, Jr.', 'Müller', 'Dubois', 'Kowalski'],
  ...['García', 'Nakamura', 'Haddad', 'Søndergaard', 'Nguyễn', 'Patel', 'Brown'],
];
const HAN = ['王芳', '李娜', '张伟', '刘洋'];

/** 300 distinct names (accents, apostrophes, commas, Chinese), in a seeded random order. */
function traineeNames(): string[] {
  const combined = FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`));
  for (let i = combined.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [combined[i], combined[j]] = [combined[j] as string, combined[i] as string];
  }
  return [...HAN, ...combined].slice(0, TRAINEES);
}

/** 100,000 stored attempts: walks renamed, re-dated and given a mode and a verification. */
function reviewAttempts(pool: readonly Walk[], trainees: readonly string[]): ReviewAttempt[] {
  return Array.from({ length: ATTEMPTS }, (_, i) => {
    const walk = pick(pool);
    const startedAt = NOW - Math.floor(random() * YEAR_MS);
    const log: AttemptLog = {
      ...walk.log,
      attemptId: `a-${i.toString(36).padStart(5, '0')}-${Math.floor(random() * 1e9).toString(36)}`,
      trainee: pick(trainees),
      mode: random() < 0.3 ? 'assessment' : 'practice',
      startedAt,
      events: walk.log.events.map((e) => ({ ...e, at: startedAt + (e.at - walk.log.startedAt) })),
    };
    const attempt: ReviewAttempt = {
      log,
      status: walk.status,
      updatedAt: startedAt + (log.events[log.events.length - 1]?.t ?? 0),
      ...walk.attempt,
    };
    const imported = random();
    if (imported < 0.15) {
      attempt.verification = {
        status: imported < 0.01 ? 'altered' : imported < 0.02 ? 'cannot-verify' : 'verified',
        problems: [],
        importedAt: NOW,
        source: 'bundle.json',
      };
    }
    return attempt;
  });
}

/** The text of a reply: the option on the state or the nearest ancestor that declares it. */
function replyTexts(loaded: LoadedScenario): (state: string, choice: string) => string | undefined {
  return (state, choice) => {
    for (let id: string | null = state; id !== null;) {
      const node = loaded.graph.states.get(id);
      const option = node?.options.find((o) => o.event === choice);
      if (option !== undefined) return option.branches[0]?.meta.reply;
      id = node?.parent ?? null;
    }
    return undefined;
  };
}

const setupStarted = performance.now();
const scenarios = shippedScenarios();
const titles = new Map(scenarios.map((s) => [s.scenario.id, s.scenario.title]));
const titleOf = (id: string): string => titles.get(id) ?? id;
const pool = scenarios.flatMap((loaded) =>
  Array.from({ length: WALKS_PER_SCENARIO }, (_, i) => playWalk(loaded, i)),
);
const trainees = traineeNames();
let attempts: ReviewAttempt[] | undefined = reviewAttempts(pool, trainees);
const setupMs = Math.round(performance.now() - setupStarted);
sampleHeap();

const summarized = time(() => (attempts ?? []).map(summarizeAttempt));
const rows = summarized.value;
// The review page holds only the summaries: let the full attempts go, so the figures below
// are not slowed by collecting garbage among gigabytes the page would never have.
attempts = undefined;

// A trainee with an accented name and a scenario with branching turns.
const someTrainee = trainees.find((t) => t.startsWith('Zoë')) ?? trainees[0] ?? '';
const someScenario = scenarios[1]?.scenario.id ?? '';
const MONTH = 30 * 24 * 3600 * 1000;
const filters: Record<string, AttemptFilter> = {
  oneTrainee: { trainees: [someTrainee] },
  oneScenario: { scenarioIds: [someScenario] },
  failedAssessments: { mode: 'assessment', pass: false },
  lastMonth: { from: NOW - MONTH, to: NOW },
  searchName: { query: 'zoe' },
  searchTwoWords: { query: 'lukasz refund' },
  searchNothing: { query: 'xyzzy' },
  everything: {
    scenarioIds: [someScenario],
    from: NOW - 6 * MONTH,
    mode: 'practice',
    status: 'finished',
    query: 'o',
  },
};
const filterMs = Object.fromEntries(
  Object.entries(filters).map(([name, filter]) => {
    const result = time(() => filterAttempts(rows, filter, titleOf));
    return [name, { ms: result.ms, rows: result.value.length }];
  }),
);

const SORT_KEYS: SortKey[] = [
  'trainee',
  'scenario',
  'startedAt',
  'mode',
  'overall',
  'tone',
  'promptness',
  'extraMile',
  'pass',
  'ending',
];
const sortMs = Object.fromEntries(
  SORT_KEYS.map((key) => [
    key,
    {
      asc: time(() => sortAttempts(rows, { key, direction: 'asc' }, titleOf)).ms,
      desc: time(() => sortAttempts(rows, { key, direction: 'desc' }, titleOf)).ms,
    },
  ]),
);
const filterThenSort = time(() =>
  sortAttempts(
    filterAttempts(rows, { query: 'zoe' }, titleOf),
    { key: 'overall', direction: 'desc' },
    titleOf,
  ),
);

const cards = scenarios.map((s) => ({
  id: s.scenario.id,
  title: s.scenario.title,
  skills: s.scenario.skills,
}));
const traineeRows = rows.filter((r) => r.trainee === someTrainee);
const trainee = time(() => traineeReport(traineeRows, cards));
const traineeWithSelect = time(() =>
  traineeReport(
    rows.filter((r) => r.trainee === someTrainee),
    cards,
  ),
);
const loadedScenario = scenarios[1] as LoadedScenario;
const scenarioRows = rows.filter((r) => r.scenarioId === someScenario);
const describe = replyTexts(loadedScenario);
const scenario = time(() => scenarioReport(scenarioRows, describe));
const scenarioWithSelect = time(() =>
  scenarioReport(
    rows.filter((r) => r.scenarioId === someScenario),
    describe,
  ),
);
const everyScenario = time(() =>
  scenarios.map((s) => {
    const id = s.scenario.id;
    return scenarioReport(
      rows.filter((r) => r.scenarioId === id),
      replyTexts(s),
    );
  }),
);

// Last: these make hundreds of MB of garbage, which would slow the measurements after them.
const json = JSON.stringify(rows);
const stringified = time(() => JSON.stringify(rows));
const parsed = time(() => JSON.parse(json) as AttemptSummary[]);
const csv = time(() => attemptsToCsv(rows, titleOf));
const csvBack = time(() => parseCsv(csv.value));
const hardest = scenario.value.turns.find((t) => t.hardest);

console.log(
  JSON.stringify(
    {
      data: {
        attempts: rows.length,
        trainees: new Set(rows.map((r) => r.trainee)).size,
        scenarios: scenarios.length,
        distinctWalks: pool.length,
        finished: rows.filter((r) => r.status === 'finished').length,
        meanTurns:
          Math.round((rows.reduce((n, r) => n + r.turns.length, 0) / rows.length) * 10) / 10,
        summariesJsonMB: Math.round((json.length / 1024 / 1024) * 10) / 10,
        meanStoredAttemptKB:
          Math.round(
            (pool.reduce((n, w) => n + JSON.stringify({ log: w.log, ...w.attempt }).length, 0) /
              pool.length /
              1024) *
              10,
          ) / 10,
        setupMs,
      },
      msSummarizeAll: summarized.ms,
      msJsonStringifySummaries: stringified.ms,
      msJsonParseSummaries: parsed.ms,
      filter: filterMs,
      msSort: sortMs,
      msSearchThenSort: filterThenSort.ms,
      traineeReport: {
        trainee: someTrainee,
        attempts: traineeRows.length,
        ms: trainee.ms,
        msWithSelectingRows: traineeWithSelect.ms,
        strongestSkill: trainee.value.strongestSkill,
        weakestSkill: trainee.value.weakestSkill,
      },
      scenarioReport: {
        scenario: someScenario,
        attempts: scenarioRows.length,
        turns: scenario.value.turns.length,
        hardestTurn: hardest?.state ?? null,
        hardestMissedShare: hardest ? Math.round(hardest.missedShare * 100) / 100 : null,
        ms: scenario.ms,
        msWithSelectingRows: scenarioWithSelect.ms,
        msEveryScenario: everyScenario.ms,
      },
      csv: {
        MB: Math.round((csv.value.length / 1024 / 1024) * 10) / 10,
        msWrite: csv.ms,
        msParseBack: csvBack.ms,
      },
      runs: RUNS,
      peakHeapMB: peakHeapMB(),
    },
    null,
    2,
  ),
);
