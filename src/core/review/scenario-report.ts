import { DIMENSIONS, type Dimension } from '../scenario/scenario-types.ts';
import type { AttemptSummary } from './review-types.ts';
import { isNumber, median } from './median.ts';
import { conversationOrder } from './turn-order.ts';

/** How often one reply was chosen on a turn. */
export interface ChoiceShare {
  /** The option id, or 'wait' when the customer's patience ran out. */
  choice: string;
  /** The reply's text as `describe` gives it; null when unknown (or for a wait). */
  reply: string | null;
  /** Times it was chosen. */
  count: number;
  /** Its share of the turn's visits, 0..1. */
  share: number;
}

/** One turn (state) of the scenario across every attempt that reached it. */
export interface TurnReport {
  /** Id of the turn's state. */
  state: string;
  /** Attempts that reached it. */
  reached: number;
  /** Times it was played: more than `reached` when a path comes back to it. */
  visits: number;
  /** What was chosen there, most chosen first. */
  choices: ChoiceShare[];
  /** Visits where a better reply was on offer. */
  missedBetter: number;
  /** Their share of the visits, 0..1: how often trainees went wrong here. */
  missedShare: number;
  /** Visits where the trainee said nothing until the customer's patience ran out. */
  timeouts: number;
  /** Answered visits slower than the reply budget. */
  overBudget: number;
  /** Median active ms taken to answer (timeouts left out); null when nobody answered. */
  medianReplyMs: number | null;
  /** The turn's reply budget in ms (the median, should versions of the scenario differ). */
  budgetMs: number | null;
  /** This is the turn where trainees go wrong most (see `hardestTurn`). */
  hardest: boolean;
}

/** How often one ending was reached. */
export interface EndingShare {
  /** The ending's title. */
  title: string;
  /** Did the customer stay. */
  retained: boolean | null;
  /** Stars the customer would leave. */
  review: number | null;
  /** Attempts that ended there. */
  count: number;
  /** Their share of the attempts that reached an ending, 0..1. */
  share: number;
}

/** A scenario across its attempts, for the scenario page. */
export interface ScenarioReport {
  /** Every attempt. */
  attempts: number;
  /** Finished ones. */
  finished: number;
  /** Finished ones with an overall score: the base of the pass rate and averages. */
  scored: number;
  /** Finished and passed. */
  passed: number;
  /** passed / scored, 0..1; null when nothing was scored. */
  passRate: number | null;
  /** Mean overall and per dimension over finished, scored attempts (unrounded); null when none. */
  averages: Record<Dimension | 'overall', number | null>;
  /** Endings reached, most frequent first. */
  endings: EndingShare[];
  /** The turns, earliest in the conversation first (all attempts, whatever their status). */
  turns: TurnReport[];
  /** State id of the turn with the highest missed share among those reached by enough attempts; null when none. */
  hardestTurn: string | null;
}

/** Options of the scenario report. */
export interface ScenarioReportOptions {
  /** A turn must be reached by at least this many attempts to be called the hardest. */
  minReached?: number;
}

/** Below this many attempts one unlucky trainee would make a turn "the hardest". */
export const HARDEST_TURN_MIN_REACHED = 3;

/** Everything gathered about one state before it becomes a TurnReport. */
interface TurnTally {
  state: string;
  /** Earliest turn index it was seen at: orders turns the paths do not order. */
  depth: number;
  /** Order of first sight, for turns at the same depth. */
  seen: number;
  reached: number;
  /** Index of the last row counted in `reached`: an attempt reaches a turn once. */
  lastRow: number;
  visits: number;
  choices: Map<string, number>;
  missed: number;
  timeouts: number;
  overBudget: number;
  replyMs: number[];
  budgetMs: number[];
}

/** Asks `describe` once per state and choice; a failing or silent describe gives null. */
function memoDescribe(
  describe: ((state: string, choice: string) => string | undefined) | undefined,
): (state: string, choice: string) => string | null {
  const known = new Map<string, string | null>();
  return (state, choice) => {
    if (describe === undefined) return null;
    const key = `${state}\u0000${choice}`;
    let text = known.get(key);
    if (text === undefined) {
      try {
        const described = describe(state, choice);
        text = typeof described === 'string' ? described : null;
      } catch {
        text = null;
      }
      known.set(key, text);
    }
    return text;
  };
}

function tallyTurns(rows: readonly AttemptSummary[]): TurnTally[] {
  const tallies = new Map<string, TurnTally>();
  /** Which turns directly followed which on some path. */
  const follows = new Map<string, Set<string>>();
  rows.forEach((row, rowIndex) => {
    let previous: string | undefined;
    row.turns.forEach((turn, index) => {
      let tally = tallies.get(turn.state);
      if (tally === undefined) {
        tally = {
          state: turn.state,
          depth: index,
          seen: tallies.size,
          reached: 0,
          lastRow: -1,
          visits: 0,
          choices: new Map(),
          missed: 0,
          timeouts: 0,
          overBudget: 0,
          replyMs: [],
          budgetMs: [],
        };
        tallies.set(turn.state, tally);
      }
      if (previous !== undefined && previous !== turn.state) {
        const nexts = follows.get(previous) ?? new Set<string>();
        nexts.add(turn.state);
        follows.set(previous, nexts);
      }
      previous = turn.state;
      tally.depth = Math.min(tally.depth, index);
      if (tally.lastRow !== rowIndex) {
        tally.lastRow = rowIndex;
        tally.reached += 1;
      }
      tally.visits += 1;
      tally.choices.set(turn.choice, (tally.choices.get(turn.choice) ?? 0) + 1);
      if (turn.missedBetter) tally.missed += 1;
      if (isNumber(turn.budgetMs)) tally.budgetMs.push(turn.budgetMs);
      if (isNumber(turn.replyMs)) {
        tally.replyMs.push(turn.replyMs);
        if (isNumber(turn.budgetMs) && turn.replyMs > turn.budgetMs) tally.overBudget += 1;
      } else {
        tally.timeouts += 1;
      }
    });
  });
  return conversationOrder([...tallies.values()], follows);
}

/**
 * A scenario's report from its attempts (pass only that scenario's): pass rate, averages
 * and endings over finished attempts, and per turn what was chosen, how often a better
 * reply was missed and how fast trainees answered. `describe` gives a choice's reply text
 * ("Per our policy...") so the page can say what was chosen, not just its id.
 */
export function scenarioReport(
  rows: readonly AttemptSummary[],
  describe?: (state: string, choice: string) => string | undefined,
  options: ScenarioReportOptions = {},
): ScenarioReport {
  let finished = 0;
  let scored = 0;
  let passed = 0;
  const sums = { overall: 0, ...Object.fromEntries(DIMENSIONS.map((d) => [d, 0])) } as Record<
    Dimension | 'overall',
    number
  >;
  const counts = { ...sums };
  const endings = new Map<string, EndingShare>();
  let ended = 0;

  for (const row of rows) {
    if (row.ending !== null && typeof row.ending === 'string') {
      ended += 1;
      const key = `${row.retained}|${row.review}|${row.ending}`;
      const ending = endings.get(key) ?? {
        title: row.ending,
        retained: row.retained,
        review: row.review,
        count: 0,
        share: 0,
      };
      ending.count += 1;
      endings.set(key, ending);
    }
    if (row.status !== 'finished') continue;
    finished += 1;
    if (!isNumber(row.overall)) continue;
    scored += 1;
    if (row.pass === true) passed += 1;
    sums.overall += row.overall;
    counts.overall += 1;
    for (const d of DIMENSIONS) {
      const score = row.scores[d];
      if (isNumber(score)) {
        sums[d] += score;
        counts[d] += 1;
      }
    }
  }

  const averages = Object.fromEntries(
    (['overall', ...DIMENSIONS] as const).map((k) => [
      k,
      counts[k] > 0 ? sums[k] / counts[k] : null,
    ]),
  ) as Record<Dimension | 'overall', number | null>;

  const endingShares = [...endings.values()]
    .map((e) => ({ ...e, share: e.count / ended }))
    .sort((a, b) => b.count - a.count || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));

  const reply = memoDescribe(describe);
  const turns: TurnReport[] = tallyTurns(rows).map((t) => ({
    state: t.state,
    reached: t.reached,
    visits: t.visits,
    choices: [...t.choices]
      .map(([choice, count]) => ({
        choice,
        reply: reply(t.state, choice),
        count,
        share: count / t.visits,
      }))
      .sort(
        (a, b) => b.count - a.count || (a.choice < b.choice ? -1 : a.choice > b.choice ? 1 : 0),
      ),
    missedBetter: t.missed,
    missedShare: t.missed / t.visits,
    timeouts: t.timeouts,
    overBudget: t.overBudget,
    medianReplyMs: median(t.replyMs),
    budgetMs: median(t.budgetMs),
    hardest: false,
  }));

  const minReached = isNumber(options.minReached) ? options.minReached : HARDEST_TURN_MIN_REACHED;
  let hardest: TurnReport | undefined;
  for (const turn of turns) {
    if (turn.reached < minReached || turn.missedBetter === 0) continue;
    // Ties go to the turn more attempts reached, then to the earlier one.
    if (
      hardest === undefined ||
      turn.missedShare > hardest.missedShare ||
      (turn.missedShare === hardest.missedShare && turn.reached > hardest.reached)
    ) {
      hardest = turn;
    }
  }
  if (hardest !== undefined) hardest.hardest = true;

  return {
    attempts: rows.length,
    finished,
    scored,
    passed,
    passRate: scored > 0 ? passed / scored : null,
    averages,
    endings: endingShares,
    turns,
    hardestTurn: hardest?.state ?? null,
  };
}
