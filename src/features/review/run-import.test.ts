// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AttemptLog } from '../../core/attempt/attempt-log.ts';
import { PLAN_PROGRESS_EVERY, planImport } from '../../core/review/plan-import.ts';
import {
  checkedScenario,
  cloneJson,
  downloadText,
  playAttempt,
} from '../../core/review/test-attempts.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { createImportJob, PART_SIZE } from './import-job.ts';
import type { FromImportJob, StoredLog, ToImportJob } from './import-protocol.ts';
import {
  runImport,
  type ImportProgress,
  type ImportRequest,
  type ImportWorker,
} from './run-import.ts';

const loaded = checkedScenario(
  // A path, not a URL: under jsdom `URL` is jsdom's, which Node's file functions refuse.
  readFileSync(
    fileURLToPath(import.meta.resolve('../../../scenarios/the-angry-caller.yaml')),
    'utf8',
  ),
  'scenarios/the-angry-caller.yaml',
);
const find = (fingerprint: string): LoadedScenario | undefined =>
  fingerprint === loaded.fingerprint ? loaded : undefined;
const NOW = 1_800_000_000_000;

const dana = playAttempt(loaded, { attemptId: 'run-dana', decisions: [1, 2, 0, 1] });
const sam = playAttempt(loaded, { attemptId: 'run-sam', decisions: [2, 2, 2, 2] });
const altered = cloneJson(sam);
altered.attempt.attemptId = 'run-altered';
altered.scorecard.dimensions.tone.score = 99;
const unknown = cloneJson(sam);
unknown.attempt.attemptId = 'run-unknown';
unknown.attempt.scenarioFingerprint = '0'.repeat(64);
/** Stored already, with a different log than the file's `run-sam`. */
const forged = cloneJson(dana.attempt);
forged.attemptId = 'run-sam';

const MANY = PLAN_PROGRESS_EVERY * 2 + 10;
const FILES = [
  { name: 'dana.json', text: downloadText(dana) },
  { name: 'many.json', text: JSON.stringify(Array.from({ length: MANY }, () => dana)) },
  { name: 'sam.json', text: downloadText(sam) },
  { name: 'mixed.json', text: JSON.stringify([altered, 'junk', unknown]) },
  { name: 'notes.txt', text: 'not an attempt' },
];
const STORED: AttemptLog[] = [forged, cloneJson(unknown.attempt), cloneJson(altered.attempt)];
const storedById = new Map(STORED.map((log) => [log.attemptId, { log }]));
const EXPECTED = planImport(FILES, (id) => storedById.get(id), find, NOW);

/** A request for FILES against STORED, recording what it is told and asked. */
function request(): ImportRequest & { progress: ImportProgress[]; asked: string[][] } {
  const progress: ImportProgress[] = [];
  const asked: string[][] = [];
  return {
    files: FILES,
    loadScenarios: () => Promise.resolve([loaded]),
    storedLogs: (ids) => {
      asked.push([...ids]);
      // Full rows, as the store gives them: only the logs should be used.
      return Promise.resolve(
        STORED.filter((log) => ids.includes(log.attemptId)).map(
          (log): StoredLog & { trainee: string } => ({
            attemptId: log.attemptId,
            log,
            trainee: log.trainee,
          }),
        ),
      );
    },
    now: NOW,
    onProgress: (p) => progress.push(p),
    progress,
    asked,
  };
}

const ATTEMPTS_IN_FILES = 1 + MANY + 1 + 2;

/** Progress as both paths report it for FILES. */
const EXPECTED_PROGRESS: ImportProgress[] = [
  { stage: 'comparing', attempts: ATTEMPTS_IN_FILES },
  { stage: 'checking', checked: 0, total: ATTEMPTS_IN_FILES },
  { stage: 'checking', checked: PLAN_PROGRESS_EVERY, total: ATTEMPTS_IN_FILES },
  { stage: 'checking', checked: PLAN_PROGRESS_EVERY * 2, total: ATTEMPTS_IN_FILES },
];

type Behaviour =
  'works' | 'never-starts' | 'dies-while-checking' | 'refuses-to-plan' | 'loses-a-part';

/**
 * A worker stand-in: messages are structured-cloned both ways and answered later, as a
 * real worker's are, by the same job the real worker runs.
 */
class FakeWorker implements ImportWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  private lostPart = false;
  private readonly job = createImportJob((message) => {
    if (this.behaviour === 'loses-a-part' && message.type === 'part' && !this.lostPart) {
      this.lostPart = true;
      return;
    }
    this.answer(message);
  });

  constructor(private readonly behaviour: Behaviour) {
    setTimeout(() => {
      if (behaviour === 'never-starts') this.onerror?.(new ErrorEvent('error'));
      else this.answer({ type: 'ready' });
    });
  }

  postMessage(message: ToImportJob): void {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (this.terminated || copy.type !== 'plan') void this.job(copy);
      else if (this.behaviour === 'dies-while-checking')
        this.onerror?.(new ErrorEvent('error', { message: 'Uncaught RangeError: out of memory' }));
      else if (this.behaviour === 'refuses-to-plan')
        this.answer({ type: 'failed', reason: 'the check stopped: too much recursion' });
      else void this.job(copy);
    });
  }

  terminate(): void {
    this.terminated = true;
  }

  private answer(message: FromImportJob): void {
    const copy = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data: copy }));
    });
  }
}

describe('runImport', () => {
  it('runs on the page where there is no Worker (jsdom), planning what planImport plans', async () => {
    expect(typeof Worker).toBe('undefined');
    const req = request();
    const run = await runImport(req);
    expect(run).toEqual({ status: 'planned', plan: EXPECTED });
    expect(req.progress).toEqual(EXPECTED_PROGRESS);
  });

  it('asks the store only for the attempts the files hold, once', async () => {
    const req = request();
    await runImport(req);
    expect(req.asked).toEqual([['run-dana', 'run-sam', 'run-altered', 'run-unknown']]);
    // The stored logs count: the forged id is refused, the two identical are duplicates.
    expect(EXPECTED.summary).toMatchObject({ added: 1, verified: 1, duplicates: MANY + 2 });
    expect(EXPECTED.summary.rejected.map((r) => r.file)).toEqual([
      'sam.json',
      'mixed.json',
      'notes.txt',
    ]);
  });

  it('plans the same through a worker, whose messages are structured-cloned', async () => {
    const worker = new FakeWorker('works');
    const req = request();
    const run = await runImport(req, () => worker);
    expect(run).toEqual({ status: 'planned', plan: EXPECTED });
    expect(req.progress).toEqual(EXPECTED_PROGRESS);
    expect(worker.terminated).toBe(true);
  });

  it('falls back to the page when the worker does not start, with the same plan', async () => {
    const worker = new FakeWorker('never-starts');
    const req = request();
    const run = await runImport(req, () => worker);
    expect(run).toEqual({ status: 'planned', plan: EXPECTED });
    expect(req.progress).toEqual(EXPECTED_PROGRESS);
    expect(worker.terminated).toBe(true);
  });

  it('says plainly that nothing was imported when the worker dies while checking', async () => {
    const worker = new FakeWorker('dies-while-checking');
    const run = await runImport(request(), () => worker);
    expect(run).toEqual({
      status: 'failed',
      message:
        'Nothing was imported: the check stopped unexpectedly (Uncaught RangeError: out of memory)',
    });
    expect(worker.terminated).toBe(true);
  });

  it("passes on the job's own failure as a plain message", async () => {
    const run = await runImport(request(), () => new FakeWorker('refuses-to-plan'));
    expect(run).toEqual({
      status: 'failed',
      message: 'Nothing was imported: the check stopped: too much recursion',
    });
  });

  it('receives a plan larger than one part whole and in order, or not at all', async () => {
    const count = PART_SIZE + 1;
    const attempts = Array.from({ length: count }, (_, i) => ({
      ...dana,
      attempt: { ...dana.attempt, attemptId: `part-${i}` },
    }));
    const files = [{ name: 'parts.json', text: JSON.stringify(attempts) }];
    const expected = planImport(files, () => undefined, find, NOW);
    expect(expected.toStore).toHaveLength(count);
    const whole = await runImport({ ...request(), files }, () => new FakeWorker('works'));
    expect(whole).toEqual({ status: 'planned', plan: expected });
    const lost = await runImport({ ...request(), files }, () => new FakeWorker('loses-a-part'));
    expect(lost).toEqual({
      status: 'failed',
      message: 'Nothing was imported: the check sent an incomplete answer',
    });
  });

  it('reads the files as the browser gives them (File), with the same plan', async () => {
    const req = request();
    const run = await runImport({
      ...req,
      files: FILES.map((f) => new File([f.text], f.name, { type: 'application/json' })),
    });
    expect(run).toEqual({ status: 'planned', plan: EXPECTED });
  });

  it('says which picked file could not be read', async () => {
    const gone = new File(['{}'], 'gone.json');
    gone.text = () => Promise.reject(new Error('the file was moved'));
    const run = await runImport({
      ...request(),
      files: [{ name: 'dana.json', text: downloadText(dana) }, gone],
    });
    expect(run).toEqual({
      status: 'failed',
      message: 'Nothing was imported: gone.json could not be read: the file was moved',
    });
  });

  it('says so when the stored attempts or the library cannot be read', async () => {
    const store = await runImport({
      ...request(),
      storedLogs: () => Promise.reject(new Error('the database is closed')),
    });
    expect(store).toEqual({
      status: 'failed',
      message:
        'Nothing was imported: the attempts already stored could not be read: the database is closed',
    });
    const library = await runImport(
      { ...request(), loadScenarios: () => Promise.reject(new Error('offline')) },
      () => new FakeWorker('works'),
    );
    expect(library).toEqual({
      status: 'failed',
      message: 'Nothing was imported: the scenario library could not be loaded: offline',
    });
  });

  it('plans an import of no attempts: every file refused', async () => {
    const run = await runImport({
      ...request(),
      files: [{ name: 'notes.txt', text: 'hello' }],
    });
    expect(run.status === 'planned' && run.plan.summary).toMatchObject({
      files: 1,
      added: 0,
      rejected: [{ file: 'notes.txt' }],
    });
  });
});

describe('the import job', () => {
  it('refuses to plan before the files are read', async () => {
    const answers: FromImportJob[] = [];
    const job = createImportJob((m) => answers.push(m));
    await job({ type: 'plan', stored: [], scenarios: [loaded], now: NOW });
    expect(answers).toEqual([
      { type: 'failed', reason: 'the files were not read before the check' },
    ]);
  });
});
