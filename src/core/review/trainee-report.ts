import { DIMENSIONS, type Dimension } from '../scenario/scenario-types.ts';
import type { AttemptSummary } from './review-types.ts';

/** What the trainee report needs to know about a scenario. */
export interface ReportScenario {
  /** Scenario id. */
  id: string;
  /** Its title. */
  title: string;
  /** Its skills: the dimensions it trains and free tags ("billing-disputes"). */
  skills: readonly string[];
}

/** One finished, scored attempt on the progress chart. */
export interface ProgressPoint {
  /** When it started (epoch ms): the chart's x. */
  startedAt: number;
  /** The attempt, so a point can open it. */
  attemptId: string;
  /** The scenario played. */
  scenarioId: string;
  /** Overall score 0..100. */
  overall: number;
  /** Each dimension's score, null where the path did not assess it. */
  scores: Record<Dimension, number | null>;
  /** Passed or failed. */
  pass: boolean | null;
}

/** The mean overall score on the scenarios that train one free skill tag. */
export interface SkillMean {
  /** The tag as written in the scenarios ("billing-disputes"). */
  skill: string;
  /** Finished, scored attempts on scenarios with this tag. */
  attempts: number;
  /** Their mean overall score (unrounded). */
  mean: number;
}

/** A scenario of the list the trainee has not passed yet. */
export interface UnpassedScenario {
  /** Scenario id. */
  id: string;
  /** Its title. */
  title: string;
  /** The trainee's attempts on it, of any status. */
  attempts: number;
  /** The best overall score of a finished attempt, null when none was scored. */
  bestOverall: number | null;
}

/** How many attempts the trainee has, by where they stand. */
export interface TraineeCounts {
  /** Every attempt. */
  attempts: number;
  /** Finished ones. */
  finished: number;
  /** Finished and passed. */
  passed: number;
  /** Finished and failed. */
  failed: number;
  /** Still being played. */
  inProgress: number;
  /** Left unfinished. */
  abandoned: number;
}

/** One trainee's progress, strengths and gaps, for the trainee page. */
export interface TraineeReport {
  /** Attempt counts. */
  counts: TraineeCounts;
  /** Finished, scored attempts, oldest first: progress over time per dimension. */
  progress: ProgressPoint[];
  /** Mean overall and per dimension over finished attempts (unrounded); null when none scored it. */
  means: Record<Dimension | 'overall', number | null>;
  /** The dimension with the highest mean; null when no dimension was scored. */
  strongest: Dimension | null;
  /** The dimension with the lowest mean (another one when several tie); null when none was scored. */
  weakest: Dimension | null;
  /** Mean overall per free skill tag (not the three dimensions), best first. */
  skills: SkillMean[];
  /** The tag with the highest mean; null when no tagged scenario was scored. */
  strongestSkill: string | null;
  /** The tag with the lowest mean (another one when several tie); null when none was scored. */
  weakestSkill: string | null;
  /** The listed scenarios without a passed, finished attempt, in the list's order. */
  notPassed: UnpassedScenario[];
}

const DIMENSION_NAMES: ReadonlySet<string> = new Set(DIMENSIONS);

/** A running mean. */
class Mean {
  sum = 0;
  count = 0;
  add(value: number): void {
    this.sum += value;
    this.count += 1;
  }
  get value(): number | null {
    return this.count === 0 ? null : this.sum / this.count;
  }
}

const isScore = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/**
 * The highest and lowest of some means. Ties go to the first listed for the highest and
 * the last listed for the lowest, so two tied entries are never both strongest and weakest.
 */
function extremes<K>(entries: ReadonlyArray<readonly [K, number]>): {
  high: K | null;
  low: K | null;
} {
  let high: readonly [K, number] | undefined;
  let low: readonly [K, number] | undefined;
  for (const entry of entries) {
    if (high === undefined || entry[1] > high[1]) high = entry;
    if (low === undefined || entry[1] <= low[1]) low = entry;
  }
  return { high: high?.[0] ?? null, low: low?.[0] ?? null };
}

/**
 * One trainee's report from their attempts (pass only theirs) and the scenarios to
 * measure them against. Only finished attempts with an overall score count towards
 * progress, means and skills; attempts on scenarios missing from the list still count
 * everywhere except skills and the not-yet-passed list.
 */
export function traineeReport(
  rows: readonly AttemptSummary[],
  scenarios: readonly ReportScenario[],
): TraineeReport {
  const counts: TraineeCounts = {
    attempts: rows.length,
    finished: 0,
    passed: 0,
    failed: 0,
    inProgress: 0,
    abandoned: 0,
  };
  const tagsOf = new Map<string, string[]>();
  for (const s of scenarios) {
    if (!tagsOf.has(s.id))
      tagsOf.set(
        s.id,
        [...new Set(s.skills)].filter((k) => !DIMENSION_NAMES.has(k)),
      );
  }
  const overall = new Mean();
  const dimensionMeans = Object.fromEntries(DIMENSIONS.map((d) => [d, new Mean()])) as Record<
    Dimension,
    Mean
  >;
  const skillMeans = new Map<string, Mean>();
  const progress: ProgressPoint[] = [];
  const passedIds = new Set<string>();
  const perScenario = new Map<string, { attempts: number; best: number | null }>();

  for (const row of rows) {
    const seen = perScenario.get(row.scenarioId) ?? { attempts: 0, best: null };
    seen.attempts += 1;
    perScenario.set(row.scenarioId, seen);

    if (row.status === 'in-progress') counts.inProgress += 1;
    if (row.status === 'abandoned') counts.abandoned += 1;
    if (row.status !== 'finished') continue;
    counts.finished += 1;
    if (row.pass === true) {
      counts.passed += 1;
      passedIds.add(row.scenarioId);
    }
    if (row.pass === false) counts.failed += 1;
    if (!isScore(row.overall)) continue;

    if (seen.best === null || row.overall > seen.best) seen.best = row.overall;
    overall.add(row.overall);
    for (const d of DIMENSIONS) {
      const score = row.scores[d];
      if (isScore(score)) dimensionMeans[d].add(score);
    }
    for (const tag of tagsOf.get(row.scenarioId) ?? []) {
      const mean = skillMeans.get(tag) ?? new Mean();
      mean.add(row.overall);
      skillMeans.set(tag, mean);
    }
    progress.push({
      startedAt: row.startedAt,
      attemptId: row.attemptId,
      scenarioId: row.scenarioId,
      overall: row.overall,
      scores: { ...row.scores },
      pass: row.pass,
    });
  }

  progress.sort((a, b) =>
    a.startedAt !== b.startedAt
      ? a.startedAt - b.startedAt
      : a.attemptId < b.attemptId
        ? -1
        : a.attemptId > b.attemptId
          ? 1
          : 0,
  );

  const means = {
    overall: overall.value,
    ...Object.fromEntries(DIMENSIONS.map((d) => [d, dimensionMeans[d].value])),
  } as Record<Dimension | 'overall', number | null>;
  const dimensionEntries = DIMENSIONS.flatMap((d) => {
    const value = means[d];
    return value === null ? [] : [[d, value] as const];
  });
  const dims = extremes(dimensionEntries);

  const skills: SkillMean[] = [...skillMeans]
    .map(([skill, mean]) => ({ skill, attempts: mean.count, mean: mean.value ?? 0 }))
    .sort((a, b) => b.mean - a.mean || (a.skill < b.skill ? -1 : a.skill > b.skill ? 1 : 0));
  const tags = extremes(skills.map((s) => [s.skill, s.mean] as const));

  const listed = new Set<string>();
  const notPassed: UnpassedScenario[] = [];
  for (const s of scenarios) {
    if (listed.has(s.id) || passedIds.has(s.id)) continue;
    listed.add(s.id);
    const seen = perScenario.get(s.id);
    notPassed.push({
      id: s.id,
      title: s.title,
      attempts: seen?.attempts ?? 0,
      bestOverall: seen?.best ?? null,
    });
  }

  return {
    counts,
    progress,
    means,
    strongest: dims.high,
    weakest: dims.low,
    skills,
    strongestSkill: tags.high,
    weakestSkill: tags.low,
    notPassed,
  };
}
