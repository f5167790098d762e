import type { ReviewAttempt } from '../../core/review/review-types.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { attemptsFromStatements } from '../../core/xapi/statements-to-attempts.ts';
import { checkActivityBase } from '../../core/xapi/xapi-input-checks.ts';
import { verifyRebuiltAttempt } from '../../core/xapi/verify-rebuilt.ts';
import type { AttemptStore } from '../../storage/attempt-store.ts';

/** A statements query, as xAPI's GET /statements takes it. */
export interface StatementsQuery {
  /** Statements about this activity (with `related_activities`: also in their context). */
  activity?: string;
  /** Also match the activity in context activities. */
  related_activities?: boolean;
  /** One registration's statements. */
  registration?: string;
  /** Stored after this ISO 8601 time. */
  since?: string;
  /** Stored at or before this ISO 8601 time. */
  until?: string;
}

/** Reads statements from an LRS, a page at a time (following `more` links). */
export type StatementsReader = (query: StatementsQuery) => AsyncIterable<readonly unknown[]>;

/** What the manager asked for. */
export interface LrsImportRequest {
  /** Prefix of the activities (the library's activity id). */
  activityBase: string;
  /** One scenario, or all of them. */
  scenarioId?: string;
  /** From this time (epoch ms). */
  since?: number;
  /** Up to this time (epoch ms). */
  until?: number;
}

/** What a load from the LRS did. */
export interface LrsImportOutcome {
  /** Attempts the LRS holds in the range, rebuilt. */
  read: number;
  /** Of those, stored now. */
  added: number;
  /** Of those, already in this browser. */
  alreadyHere: number;
  /** Verdicts of the added ones. */
  verified: number;
  /** Added, but a number or the log differs from the replay. */
  altered: number;
  /** Added, but this app lacks the scenario version they name. */
  cannotVerify: number;
  /** Registrations whose statements do not make an attempt, each with why. */
  broken: string[];
  /** Statements in the range that are not Extra Mile's. */
  ignored: number;
}

/** Options of {@link importFromLrs}. */
export interface LrsImportOptions {
  /** Reads from the LRS. */
  read: StatementsReader;
  /** Where attempts are stored (an import never replaces one). */
  store: AttemptStore;
  /** Every library scenario, for replay. */
  scenarios: readonly LoadedScenario[];
  /** Names the LRS in each attempt's verification ("the LRS at …"). */
  source: string;
  /** The import's time (epoch ms). */
  now: number;
  /** Told how far it has got. */
  onProgress?: (message: string) => void;
}

/** Registrations read at the same time (a whole attempt each). */
const PARALLEL = 4;

async function collect(read: StatementsReader, query: StatementsQuery): Promise<unknown[]> {
  const all: unknown[] = [];
  for await (const page of read(query)) all.push(...page);
  return all;
}

function registrationOf(statement: unknown): string | undefined {
  if (typeof statement !== 'object' || statement === null) return undefined;
  const context = (statement as { context?: { registration?: unknown } }).context;
  return typeof context?.registration === 'string' ? context.registration : undefined;
}

/**
 * Loads the attempts an LRS holds: the statements stored in the range about the library
 * (or one scenario) name the registrations, each registration is then read whole (an
 * attempt's statements may straddle the range), rebuilt, and verified by replay like an
 * imported file. Stored in one import that never replaces an attempt already here.
 */
export async function importFromLrs(
  request: LrsImportRequest,
  options: LrsImportOptions,
): Promise<LrsImportOutcome> {
  const { read, store, scenarios, source, now, onProgress } = options;
  // As the statements were built: the same check and normalisation of the base.
  const checked = checkActivityBase(request.activityBase);
  if (!checked.ok) throw new Error(checked.error);
  const base = checked.value;
  const activity =
    request.scenarioId === undefined ? base : `${base}/scenarios/${request.scenarioId}`;
  onProgress?.('Asking the LRS for statements…');
  const inRange = await collect(read, {
    activity,
    related_activities: true,
    ...(request.since === undefined ? {} : { since: new Date(request.since).toISOString() }),
    ...(request.until === undefined ? {} : { until: new Date(request.until).toISOString() }),
  });
  const registrations = [
    ...new Set(inRange.map(registrationOf).filter((r): r is string => r !== undefined)),
  ];
  const statements: unknown[] = [];
  for (let i = 0; i < registrations.length; i += PARALLEL) {
    onProgress?.(`Reading attempt ${i + 1} of ${registrations.length}…`);
    const batch = registrations.slice(i, i + PARALLEL);
    const pages = await Promise.all(batch.map((registration) => collect(read, { registration })));
    for (const page of pages) statements.push(...page);
  }
  const reading = attemptsFromStatements(statements);
  const byFingerprint = new Map(scenarios.map((s) => [s.fingerprint, s]));
  const attempts: ReviewAttempt[] = [];
  const broken: string[] = [];
  for (const attempt of reading.attempts) {
    if (!attempt.ok) {
      broken.push(...attempt.errors);
      continue;
    }
    attempts.push(verifyRebuiltAttempt(attempt, (f) => byFingerprint.get(f), { now, source }));
  }
  onProgress?.(`Storing ${attempts.length} attempts…`);
  const outcome = await store.importAttempts(attempts);
  const stored = new Set(
    (await store.getMany(attempts.map((a) => a.log.attemptId)))
      .filter((a) => a.verification?.source === source && a.verification.importedAt === now)
      .map((a) => a.attemptId),
  );
  const added = attempts.filter((a) => stored.has(a.log.attemptId));
  const count = (status: string) => added.filter((a) => a.verification?.status === status).length;
  return {
    read: attempts.length,
    added: outcome.added,
    alreadyHere: outcome.skipped,
    verified: count('verified'),
    altered: count('altered'),
    cannotVerify: count('cannot-verify'),
    broken,
    ignored: reading.ignored,
  };
}
