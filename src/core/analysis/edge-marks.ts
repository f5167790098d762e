import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import {
  DIMENSIONS,
  type Dimension,
  type ReplyMeta,
  type ScoringWeights,
} from '../scenario/scenario-types.ts';
import type { OpenOption, OpenTimeout } from '../scenario/semantics.ts';
import { extraMileMark, promptnessMark, replyTiming, toneMark } from '../scoring/marks.ts';
import { replyBudgetMs } from '../scoring/reply-budget.ts';
import { slowestReplyMs, type TimingCase } from './assumed-timing.ts';
import { GridCheck, type MarkGrid } from './mark-grid.ts';
import type { SolverLayout } from './solver-layout.ts';

/**
 * Marks of one dimension for every edge, by decision row: the nodes at a leaf offer the same
 * decisions, so a row (one decision of one list of open options and timeouts) stands for
 * many edges, and `rowOf` (by slot, see SolverLayout) says which. A quarter of a million
 * nodes share a few tens of thousands of rows: small tables that stay in cache.
 */
export interface EdgeRatio {
  /** The row of each slot (shared by every dimension); an edge's slot is `layout.slotOf[e]`. */
  rowOf: Int32Array;
  /** Mark of each row (0 when it does not count). */
  mark: Float64Array;
  /** 1 when the row's decision counts for the dimension (the mean's denominator). */
  counts: Uint8Array;
  /** Where the counted marks lie when that is a binary grid (sums are then exact), else null. */
  grid: MarkGrid | null;
}

/**
 * Per-edge marks of every dimension under one timing assumption, and the turn value (the
 * marks weighted like the overall score): the overall search's single-ratio proxy.
 */
export type EdgeMarks = Record<Dimension, EdgeRatio> & { turnValue: EdgeRatio };

/**
 * Marks per decision (options, then timeouts), NaN when not counted: tone, extra mile,
 * prompt, prompt when slowest, turn value, turn value when slowest.
 */
const COLUMNS = 6;

/** scoring's turnValue on a decision's marks (NaN: not counted), same arithmetic in the same order. */
function turnValue(
  tone: number,
  promptness: number,
  extraMile: number,
  weights: ScoringWeights,
): number {
  let weighted = 0;
  let total = 0;
  for (const dimension of DIMENSIONS) {
    const mark = dimension === 'tone' ? tone : dimension === 'promptness' ? promptness : extraMile;
    if (Number.isNaN(mark)) continue;
    weighted += weights[dimension] * mark;
    total += weights[dimension];
  }
  return total > 0 ? weighted / total : NaN;
}

/** The marks of every decision open at a node, with the scoring's own mark functions, written at `at`. */
function decisionMarks(
  into: Float64Array,
  at: number,
  open: { options: readonly OpenOption[]; timeouts: readonly OpenTimeout[] },
  budgetMs: number,
  weights: ScoringWeights,
): void {
  const { options, timeouts } = open;
  const offered: ReplyMeta[] = options.map((o) => o.transition.meta);
  const onTime = replyTiming(0, budgetMs);
  const slowTiming = replyTiming(slowestReplyMs(budgetMs, timeouts), budgetMs);
  const row = (tone: number, extraMile: number, prompt: number, slowPrompt: number): void => {
    into[at++] = tone;
    into[at++] = extraMile;
    into[at++] = prompt;
    into[at++] = slowPrompt;
    into[at++] = turnValue(tone, prompt, extraMile, weights);
    into[at++] = turnValue(tone, slowPrompt, extraMile, weights);
  };
  for (const { transition } of options) {
    const { meta } = transition;
    row(
      toneMark(meta, 'reply') ?? NaN,
      extraMileMark(offered, meta) ?? NaN,
      promptnessMark(onTime, meta),
      promptnessMark(slowTiming, meta),
    );
  }
  const waited = extraMileMark(offered, null) ?? NaN;
  for (const { transition } of timeouts) {
    const prompt = promptnessMark(0, transition.meta);
    row(toneMark(transition.meta, 'timeout') ?? NaN, waited, prompt, prompt);
  }
}

/**
 * Marks every edge of the product graph under both timing assumptions, with the scoring's
 * own mark functions, so a path's marks are exactly those its scorecard would show. Tone
 * and extra mile do not depend on timing: the two cases share those tables. Marks depend
 * only on the leaf and what is open there, and the nodes at a leaf share those lists:
 * each list's decisions are marked once, as rows.
 */
export function edgeMarks(
  loaded: LoadedScenario,
  layout: SolverLayout,
): Record<TimingCase, EdgeMarks> {
  const { pg, slotOf } = layout;
  const { weights } = loaded.scenario.scoring;
  let pool = new Float64Array(1024);
  let used = 0;
  const budgets = new Map<number, number>();
  // By (options list, timeouts list): the first row of its decisions.
  const known = new Map<number, number>();
  const rowsOf = (leaf: number, optionList: number, timeoutList: number): number => {
    const key = optionList * pg.timeoutLists.length + timeoutList;
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    let budgetMs = budgets.get(leaf);
    if (budgetMs === undefined) {
      budgetMs = replyBudgetMs(loaded.graph, loaded.scenario.channel, pg.leaves[leaf] ?? '');
      budgets.set(leaf, budgetMs);
    }
    const options = pg.optionLists[optionList] ?? [];
    const timeouts = pg.timeoutLists[timeoutList] ?? [];
    const size = COLUMNS * (options.length + timeouts.length);
    if (used + size > pool.length) {
      const grown = new Float64Array(Math.max(2 * pool.length, used + size));
      grown.set(pool);
      pool = grown;
    }
    decisionMarks(pool, used, { options, timeouts }, budgetMs, weights);
    const at = used / COLUMNS;
    used += size;
    known.set(key, at);
    return at;
  };
  const lastOptions = new Int32Array(pg.leaves.length).fill(-1);
  const lastTimeouts = new Int32Array(pg.leaves.length).fill(-1);
  const lastAt = new Int32Array(pg.leaves.length);
  const rowOf = new Int32Array(pg.edgeCount);
  // By node: each node's edges are read in order, its slots written in one place.
  for (let u = 0; u < pg.size; u++) {
    const first = pg.edgeStart[u] as number;
    const last = pg.edgeStart[u + 1] as number;
    if (first === last) continue;
    const leaf = pg.nodeLeaf[u] as number;
    const optionList = pg.nodeOptions[u] as number;
    const timeoutList = pg.nodeTimeouts[u] as number;
    // Most nodes of a leaf have its one pair of lists: remembered per leaf, no hashing.
    if (lastOptions[leaf] !== optionList || lastTimeouts[leaf] !== timeoutList) {
      lastAt[leaf] = rowsOf(leaf, optionList, timeoutList);
      lastOptions[leaf] = optionList;
      lastTimeouts[leaf] = timeoutList;
    }
    const base = lastAt[leaf] as number;
    const optionCount = pg.optionLists[optionList]?.length ?? 0;
    for (let e = first; e < last; e++) {
      const decision = (pg.edgeIndex[e] as number) + (pg.edgeKind[e] === 1 ? optionCount : 0);
      rowOf[slotOf[e] as number] = base + decision;
    }
  }
  const rows = used / COLUMNS;
  const column = (k: number): EdgeRatio => {
    const mark = new Float64Array(rows);
    const counts = new Uint8Array(rows);
    const grid = new GridCheck();
    for (let r = 0; r < rows; r++) {
      const value = pool[COLUMNS * r + k] as number;
      grid.add(value);
      if (Number.isNaN(value)) continue;
      mark[r] = value;
      counts[r] = 1;
    }
    return { rowOf, mark, counts, grid: grid.result() };
  };
  const tone = column(0);
  const extraMile = column(1);
  return {
    instant: { tone, extraMile, promptness: column(2), turnValue: column(4) },
    slowest: { tone, extraMile, promptness: column(3), turnValue: column(5) },
  };
}
