import { replay, type ReplayResult } from '../attempt/replay.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import type { Scorecard } from '../scoring/scorecard-types.ts';
import type { ImportEntry } from './import-types.ts';
import type { ReviewAttempt, ReviewStatus, VerificationRecord } from './review-types.ts';
import { scorecardDifferences } from './scorecard-differences.ts';

/** When and from where an attempt is imported. */
export interface VerifyContext {
  /** The import's time (epoch ms). */
  now: number;
  /** The file it came from, as named by the manager's browser. */
  source: string;
}

/** Most problems listed for one attempt; a log broken everywhere would list thousands. */
export const MAX_PROBLEMS_LISTED = 30;

function capped(problems: readonly string[]): string[] {
  if (problems.length <= MAX_PROBLEMS_LISTED) return [...problems];
  const more = problems.length - (MAX_PROBLEMS_LISTED - 1);
  return [...problems.slice(0, MAX_PROBLEMS_LISTED - 1), `and ${more} more problems`];
}

/** A bundle's time of the last change, else the last event's wall time, else the start. */
function updatedAtOf(entry: ImportEntry): number {
  if (entry.updatedAt !== undefined) return entry.updatedAt;
  const last = entry.log.events[entry.log.events.length - 1];
  return last?.at ?? entry.log.startedAt;
}

/**
 * Where the attempt stands by replay: an attempt whose log reaches an ending is finished
 * (whatever a bundle says: its store may have missed the finish); otherwise a bundle's
 * 'abandoned' stands, and a claim of 'finished' is one more problem.
 */
function statusOf(entry: ImportEntry, done: boolean, problems: string[]): ReviewStatus {
  if (done) return 'finished';
  if (entry.status === 'finished')
    problems.push('the file says the attempt is finished, but its log does not reach an ending');
  return entry.status === 'abandoned' ? 'abandoned' : 'in-progress';
}

/**
 * The scorecard to keep. The replay's when it reaches an ending, or when the log replays
 * cleanly and there is a claim to stand against it. A log that breaks before the end is
 * kept unscored: scoring the few turns that still fit would show numbers nobody earned,
 * and the file's claim must not count as a result (it stays in `verification.claimed`).
 * Without a claim, an unfinished attempt stays unscored, as it is when local.
 */
function keptScorecard(
  replayed: ReplayResult,
  scored: Scorecard,
  claim: Scorecard | undefined,
): Scorecard | undefined {
  if (replayed.done) return scored;
  if (claim === undefined || replayed.problems.length > 0) return undefined;
  return scored;
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The record to keep: a bundle's earlier record when this check finds exactly what it
 * found (so a re-import keeps when and from where the attempt first came), else a new one.
 */
function recordOf(
  entry: ImportEntry,
  fresh: Omit<VerificationRecord, 'importedAt' | 'source'>,
  context: VerifyContext,
): VerificationRecord {
  const earlier = entry.verification;
  if (
    earlier !== undefined &&
    earlier.status === fresh.status &&
    sameList(earlier.problems, fresh.problems) &&
    (earlier.claimed === undefined) === (fresh.claimed === undefined)
  )
    return earlier;
  const record: VerificationRecord = {
    status: fresh.status,
    problems: fresh.problems,
    importedAt: context.now,
    source: context.source,
  };
  if (fresh.claimed !== undefined) record.claimed = fresh.claimed;
  return record;
}

function attempt(
  entry: ImportEntry,
  status: ReviewStatus,
  scorecard: Scorecard | undefined,
  verification: VerificationRecord,
): ReviewAttempt {
  const out: ReviewAttempt = { log: entry.log, status, updatedAt: updatedAtOf(entry) };
  if (scorecard !== undefined) out.scorecard = scorecard;
  out.verification = verification;
  return out;
}

/** Kept as the file has it: this app cannot replay a scenario version it does not have. */
function cannotVerify(entry: ImportEntry, context: VerifyContext): ReviewAttempt {
  const { log, verification: earlier } = entry;
  const problems = [
    `this app does not have the version of scenario '${log.scenarioId}' this attempt was played on (fingerprint ${log.scenarioFingerprint.slice(0, 12)}…)`,
  ];
  // A bundle from a review that could replay it passes on what that review found.
  if (earlier !== undefined && earlier.status === 'altered')
    problems.push(...earlier.problems.map((p) => `an earlier import found it altered: ${p}`));
  const claim = entry.scorecard;
  const status: ReviewStatus =
    entry.status ?? (claim !== undefined && claim.ending !== null ? 'finished' : 'in-progress');
  const fresh: Omit<VerificationRecord, 'importedAt' | 'source'> = {
    status: 'cannot-verify',
    problems: capped(problems),
  };
  if (earlier?.claimed !== undefined) fresh.claimed = earlier.claimed;
  return attempt(entry, status, claim, recordOf(entry, fresh, context));
}

/**
 * Re-scores an imported attempt by replaying its log against the scenario version it
 * names. `verified`: the log replays and the file's numbers match the replay's.
 * `altered`: the log does not replay, or a number differs (each difference named, the
 * file's scorecard kept as `claimed`, the replay's as `scorecard`). `cannot-verify`: no
 * scenario with that fingerprint here; the file's scorecard is kept. A bundle's earlier
 * claim (`verification.claimed`) is what is checked, so an altered attempt stays altered
 * through an export and an import. Never throws.
 */
export function verifyAttempt(
  entry: ImportEntry,
  findScenario: (fingerprint: string) => LoadedScenario | undefined,
  context: VerifyContext,
): ReviewAttempt {
  const loaded = findScenario(entry.log.scenarioFingerprint);
  if (loaded === undefined) return cannotVerify(entry, context);
  const claim = entry.verification?.claimed ?? entry.scorecard;
  let replayed: ReplayResult;
  let scored: Scorecard;
  try {
    replayed = replay(loaded, entry.log);
    scored = scoreAttempt(loaded, replayed.turns, replayed.ending ?? null);
  } catch (error) {
    // Replay lists problems rather than throwing; this is for a host failure, not a bad log.
    const why = error instanceof Error ? error.message : String(error);
    const fresh: Omit<VerificationRecord, 'importedAt' | 'source'> = {
      status: 'altered',
      problems: [`the log could not be replayed: ${why}`],
    };
    if (claim !== undefined) fresh.claimed = claim;
    return attempt(
      entry,
      entry.status ?? 'in-progress',
      undefined,
      recordOf(entry, fresh, context),
    );
  }
  const problems = replayed.problems.map((p) => `the log no longer replays: ${p}`);
  const status = statusOf(entry, replayed.done, problems);
  if (claim !== undefined) problems.push(...scorecardDifferences(claim, scored));
  const scorecard = keptScorecard(replayed, scored, claim);
  const altered = problems.length > 0;
  const fresh: Omit<VerificationRecord, 'importedAt' | 'source'> = {
    status: altered ? 'altered' : 'verified',
    problems: capped(problems),
  };
  if (altered && claim !== undefined && claim !== scorecard) fresh.claimed = claim;
  return attempt(entry, status, scorecard, recordOf(entry, fresh, context));
}
