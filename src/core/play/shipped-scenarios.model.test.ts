import { describe, expect, it, vi } from 'vitest';
import { readShippedFiles, type ShippedFile } from '../testing/shipped-files.test-support.ts';
import type { AnalysisReport } from '../analysis/analysis-types.ts';
import { checkScenario } from '../analysis/check-scenario.ts';
import type { AttemptEvent, AttemptLog } from '../attempt/attempt-log.ts';
import { replay } from '../attempt/replay.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { DIMENSIONS, type Dimension } from '../scenario/scenario-types.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import type { Scorecard } from '../scoring/scorecard-types.ts';
import { ActiveClock } from './active-clock.ts';
import { ChoiceError } from './choice-error.ts';
import { createPlaySession, type PlaySession } from './play-session.ts';
import type { PlayView } from './play-view.ts';

// Every path of thirteen scenarios is played for real: on a busy 2-core CI machine one
// scenario's pass can take well over the default 5 s. A hang still fails, later.
vi.setConfig({ testTimeout: 120_000 });

/**
 * Model-based test over every shipped scenario: every decision sequence (each open
 * option, and waiting for the customer's next timeout) is played through the real play
 * session, XState underneath, on a purely virtual clock with instant replies. Each node
 * of the exploration is rebuilt by resuming the log of its prefix, never by cloning
 * state. The real play is then held against the static analysis (path count, reachable
 * states and endings, best scores, model answer) and against replay and scoring.
 */

/** A decision: an option id, or 'wait' to let the next pending timeout fire. */
type Decision = string;
const WAIT = 'wait';

/** No shipped conversation is anywhere near this long: a path past it does not end. */
const MAX_DECISIONS = 60;
/** Beyond this many complete paths the exploration stops (and says so) instead of timing out. */
const MAX_PATHS = 2000;
/** Same for decision points (a cycle can make many without ending). */
const MAX_NODES = 10_000;

/** A session on a fresh virtual clock, optionally resumed from a log; wall time is frozen. */
function open(
  loaded: LoadedScenario,
  log?: AttemptLog,
): { session: PlaySession; clock: ActiveClock } {
  const clock = new ActiveClock();
  const session = createPlaySession({
    loaded,
    trainee: 'Model',
    mode: 'assessment',
    clock,
    now: () => 1_700_000_000_000,
    attemptId: 'model-test',
    ...(log === undefined ? {} : { log }),
  });
  return { session, clock };
}

const movesTurn = (e: AttemptEvent): boolean => e.type === 'reply' || e.type === 'timeout';

/**
 * Lets silence run until a timeout is logged: the clock jumps to each due timer in turn
 * (a timer whose guards all fail moves nothing and is not a decision). Returns the
 * timeout logged, or null when nothing can fire.
 */
function waitForTimeout(session: PlaySession, clock: ActiveClock): AttemptEvent | null {
  const before = session.getLog().events.length;
  for (let guard = 0; guard < 100; guard++) {
    const due = clock.nextDue();
    if (due === undefined) return null;
    clock.advanceTo(due);
    const fired = session.getLog().events.slice(before).find(movesTurn);
    if (fired !== undefined) return fired;
  }
  throw new Error('timers keep firing without a transition');
}

/**
 * Takes one decision; false when it is no move (nothing to wait for). An option that
 * a due timeout supersedes is reported through `notes` and is no move either.
 */
function decide(
  session: PlaySession,
  clock: ActiveClock,
  decision: Decision,
  notes: string[],
): boolean {
  if (decision === WAIT) return waitForTimeout(session, clock) !== null;
  const at = session.getView().state;
  try {
    void session.choose(decision);
    return true;
  } catch (error) {
    if (error instanceof ChoiceError && error.code === 'superseded') {
      notes.push(`'${decision}' at '${at}' is superseded by a timeout already due`);
      return false;
    }
    throw error;
  }
}

/** One complete decision sequence and where real play left it. */
interface PathEnd {
  decisions: Decision[];
  log: AttemptLog;
  view: PlayView;
}

interface Exploration {
  ends: PathEnd[];
  /** Leaves the view showed on some path (turns and endings). */
  visited: Set<string>;
  /** Decision sequences that did not end (stuck, or longer than MAX_DECISIONS). */
  unfinished: string[];
  /** Not every sequence was explored (a cap was hit, or too many to enumerate): figures are partial. */
  capped: boolean;
  notes: string[];
}

const show = (decisions: readonly Decision[]): string =>
  decisions.length === 0 ? '(start)' : decisions.join(' > ');

/**
 * Depth-first over every decision sequence. A node is its decisions and the log they
 * left; each child resumes a new session from that log and takes one more decision.
 */
function explore(loaded: LoadedScenario): Exploration {
  const result: Exploration = {
    ends: [],
    visited: new Set(),
    unfinished: [],
    capped: false,
    notes: [],
  };
  const first = open(loaded);
  const stack: Array<{ decisions: Decision[]; log: AttemptLog; view: PlayView }> = [
    { decisions: [], log: first.session.getLog(), view: first.session.getView() },
  ];
  first.session.stop();
  let nodes = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === undefined) break;
    if (++nodes > MAX_NODES) {
      result.capped = true;
      break;
    }
    result.visited.add(node.view.state);
    if (node.view.done) {
      result.ends.push(node);
      if (result.ends.length >= MAX_PATHS && stack.length > 0) {
        result.capped = true;
        break;
      }
      continue;
    }
    if (node.decisions.length >= MAX_DECISIONS) {
      result.unfinished.push(`${show(node.decisions)} (still going at '${node.view.state}')`);
      continue;
    }
    const children: typeof stack = [];
    for (const decision of [...node.view.options.map((o) => o.event), WAIT]) {
      const { session, clock } = open(loaded, node.log);
      if (decide(session, clock, decision, result.notes)) {
        children.push({
          decisions: [...node.decisions, decision],
          log: session.getLog(),
          view: session.getView(),
        });
      }
      session.stop();
    }
    if (children.length === 0)
      result.unfinished.push(`${show(node.decisions)} (stuck at '${node.view.state}')`);
    // Reversed so that paths come out in option order.
    stack.push(...children.reverse());
  }
  return result;
}

/** How fast replies go: at once, or as late as they can without a timeout firing first. */
type Timing = 'instant' | 'slowest';

/**
 * The slowest a reply can be: 1 ms before the next timer is due (at the due time the
 * timeout wins), or two reply budgets when nothing is pending (a promptness timing of 0).
 */
function dawdle(session: PlaySession, clock: ActiveClock): void {
  const due = clock.nextDue();
  const view = session.getView();
  clock.advanceTo(due === undefined ? clock.now() + 2 * view.replyWithinMs : due - 1);
}

/** Plays a decision sequence in one uninterrupted session (no resume). */
function playThrough(
  loaded: LoadedScenario,
  decisions: readonly Decision[],
  timing: Timing = 'instant',
): PathEnd {
  const { session, clock } = open(loaded);
  const notes: string[] = [];
  for (const decision of decisions) {
    if (timing === 'slowest' && decision !== WAIT) dawdle(session, clock);
    if (!decide(session, clock, decision, notes))
      throw new Error(
        `'${decision}' is no move at '${session.getView().state}': ${notes.join('; ')}`,
      );
  }
  const end = { decisions: [...decisions], log: session.getLog(), view: session.getView() };
  session.stop();
  return end;
}

const stripAt = (events: readonly AttemptEvent[]) => events.map(({ at: _at, ...rest }) => rest);

/** Replays a finished path's log and scores it, checking everything that must hold on the way. */
function checkedScorecard(loaded: LoadedScenario, end: PathEnd): Scorecard {
  const where = show(end.decisions);
  const replayed = replay(loaded, end.log);
  expect(replayed.problems, where).toEqual([]);
  expect(replayed.done, where).toBe(true);
  expect(replayed.leaf, where).toBe(end.view.state);
  expect(replayed.ending, where).toEqual(end.view.ending);
  expect(
    replayed.turns.map((t) => (t.response.kind === 'reply' ? t.response.event : WAIT)),
    where,
  ).toEqual(end.decisions);
  const card = scoreAttempt(loaded, replayed.turns, replayed.ending);
  expect(card.ending, where).toEqual(end.view.ending);
  expect(typeof card.overall, where).toBe('number');
  expect(card.overall ?? -1, where).toBeGreaterThanOrEqual(0);
  expect(card.overall ?? 101, where).toBeLessThanOrEqual(100);
  return card;
}

/** The best of some scores, or null when none is a number. */
const maxOf = (scores: ReadonlyArray<number | null>): number | null =>
  scores.reduce<number | null>((best, s) => (s === null ? best : Math.max(best ?? s, s)), null);

interface Subject {
  file: string;
  loaded: LoadedScenario;
  analysis: AnalysisReport;
  explored: Exploration;
  cards: Scorecard[];
}

function subjectOf({ file, text }: ShippedFile): Subject {
  const checked = checkScenario(text, file);
  if (!checked.ok) {
    const messages = checked.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
    throw new Error(`${file} does not pass the checker: ${messages.join('; ')}`);
  }
  const { analysis } = checked;
  // A cyclic or huge scenario is not enumerated at all: the caps below would only burn time.
  const tooMany = analysis.paths === 'cyclic' || BigInt(analysis.paths) > BigInt(MAX_PATHS);
  const explored: Exploration = tooMany
    ? { ends: [], visited: new Set(), unfinished: [], capped: true, notes: ['not enumerated'] }
    : explore(checked.loaded);
  return { file, loaded: checked.loaded, analysis, explored, cards: [] };
}

/** Fails, saying why, unless every decision sequence was explored. */
function expectComplete({ explored, analysis }: Subject): void {
  const count = analysis.paths === 'cyclic' ? 'endless (cyclic)' : analysis.paths;
  expect(
    explored.capped,
    `the analysis counts ${count} paths; exploration stops at ${MAX_PATHS} complete paths ` +
      `or ${MAX_NODES} decision points: raise the caps or sample this scenario instead`,
  ).toBe(false);
}

const files = readShippedFiles();

describe('every shipped scenario, every decision sequence, through real play', () => {
  it('finds the shipped scenarios', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(files.map((f) => [f.file, f] as const))('%s', (_file, shipped) => {
    // Explored once, on first use, so that a failing load fails each test with its reason.
    let cached: Subject | undefined;
    const subject = (): Subject => (cached ??= subjectOf(shipped));

    it('ends every path in an ending, within the bounds', () => {
      const { explored } = subject();
      expect(explored.unfinished.slice(0, 10), 'decision sequences that never end').toEqual([]);
      expectComplete(subject());
      for (const end of explored.ends) {
        expect(end.view.ending, show(end.decisions)).toBeDefined();
        expect(end.view.options, show(end.decisions)).toEqual([]);
      }
    });

    it('reaches every turn and every ending of the graph, exactly the states the analysis reaches', () => {
      const { loaded, analysis, explored } = subject();
      expectComplete(subject());
      const { graph } = loaded;
      const turns = graph.order.filter((id) => {
        const node = graph.states.get(id);
        // A customer turn: an atomic state the conversation can rest in (no unguarded eventless exit).
        return node?.kind === 'atomic' && !node.always.some((t) => t.guard === undefined);
      });
      const endings = graph.order.filter((id) => graph.states.get(id)?.kind === 'final');
      const reached = graph.order.filter((id) => explored.visited.has(id));
      expect(
        turns.filter((id) => !explored.visited.has(id)),
        'turns no path reaches',
      ).toEqual([]);
      expect(
        endings.filter((id) => !explored.visited.has(id)),
        'endings no path reaches',
      ).toEqual([]);
      expect(reached, 'leaves real play reaches vs analysis.reachableStates').toEqual(
        analysis.reachableStates,
      );
      expect(endings.filter((id) => explored.visited.has(id))).toEqual(analysis.endingsReached);
      expect(analysis.traps).toEqual([]);
      expect(analysis.noWayOut).toEqual([]);
    });

    it('has exactly as many decision sequences as the analysis counts', () => {
      const { analysis, explored } = subject();
      expectComplete(subject());
      const notes = explored.notes.length === 0 ? '' : ` (${explored.notes.join('; ')})`;
      expect(
        String(explored.ends.length),
        `distinct decision sequences in real play vs analysis.paths${notes}`,
      ).toBe(analysis.paths);
      const distinct = new Set(explored.ends.map((e) => JSON.stringify(e.decisions)));
      expect(distinct.size).toBe(explored.ends.length);
    });

    it('replays every path without problems to a scorecard with the same ending', () => {
      const s = subject();
      s.cards = s.explored.ends.map((end) => checkedScorecard(s.loaded, end));
      expect(s.cards).toHaveLength(s.explored.ends.length);
    });

    it('logs the same events whether a path is resumed step by step or played in one go', () => {
      const { loaded, explored } = subject();
      for (const end of explored.ends) {
        const straight = playThrough(loaded, end.decisions);
        expect(stripAt(straight.log.events), show(end.decisions)).toEqual(stripAt(end.log.events));
        expect(straight.view, show(end.decisions)).toEqual(end.view);
      }
    });

    it('agrees with the analysis on the best reachable scores (instant replies)', () => {
      const s = subject();
      expectComplete(s);
      if (s.cards.length === 0)
        s.cards = s.explored.ends.map((end) => checkedScorecard(s.loaded, end));
      const best = s.analysis.overall.best;
      expect(best).not.toBeNull();
      if (best === null) return;
      const top = maxOf(s.cards.map((c) => c.overall));
      if (best.exact) expect(top, 'best overall in real play vs analysis').toBe(best.overall);
      else expect(top ?? -1).toBeGreaterThanOrEqual(best.overall);
      for (const d of DIMENSIONS as readonly Dimension[]) {
        const range = s.analysis.dimensions[d].best;
        const real = maxOf(s.cards.map((c) => c.dimensions[d].score));
        if (range === null) expect(real, `${d}: the analysis says no path scores it`).toBeNull();
        else if (!range.viaLoop)
          expect(real, `best ${d} in real play vs analysis`).toBe(range.score);
      }
    });

    it('agrees with the analysis on the worst reachable scores (slowest replies)', () => {
      const { loaded, analysis, explored } = subject();
      expectComplete(subject());
      const worst = analysis.overall.worst;
      expect(worst).not.toBeNull();
      if (worst === null) return;
      const cards = explored.ends.map((end) =>
        checkedScorecard(loaded, playThrough(loaded, end.decisions, 'slowest')),
      );
      const minOf = (scores: ReadonlyArray<number | null>): number | null => {
        const top = maxOf(scores.map((s) => (s === null ? null : -s)));
        return top === null ? null : -top;
      };
      const bottom = minOf(cards.map((c) => c.overall));
      if (worst.exact) expect(bottom, 'worst overall in real play vs analysis').toBe(worst.overall);
      else expect(bottom ?? 101).toBeLessThanOrEqual(worst.overall);
      for (const d of DIMENSIONS as readonly Dimension[]) {
        const range = analysis.dimensions[d].worst;
        const real = minOf(cards.map((c) => c.dimensions[d].score));
        if (range === null) expect(real, `${d}: the analysis says no path scores it`).toBeNull();
        else if (!range.viaLoop)
          expect(real, `worst ${d} in real play vs analysis`).toBe(range.score);
      }
    });

    it("plays the analysis's model answer to its ending and its best overall score", () => {
      const { loaded, analysis, explored } = subject();
      const best = analysis.overall.best;
      const model = analysis.modelAnswer;
      expect(model).not.toBeNull();
      if (best === null || model === null) return;
      const { session, clock } = open(loaded);
      const notes: string[] = [];
      model.forEach((step, i) => {
        const where = `model answer step ${i + 1} ('${step.choice}' at '${step.state}')`;
        const view = session.getView();
        expect(view.state, where).toBe(step.state);
        expect(view.done, where).toBe(false);
        if (step.choice === WAIT) {
          const fired = waitForTimeout(session, clock);
          expect(fired, where).toMatchObject({
            type: 'timeout',
            state: step.timeoutOf,
            delay: step.delay,
          });
        } else {
          expect(decide(session, clock, step.choice, notes), `${where}: ${notes.join('; ')}`).toBe(
            true,
          );
        }
      });
      const view = session.getView();
      const log = session.getLog();
      session.stop();
      expect(view.done).toBe(true);
      expect(view.state).toBe(best.ending?.state);
      expect(view.ending?.title).toBe(best.ending?.title);
      const decisions = model.map((step) => step.choice);
      if (!explored.capped) {
        const same = (e: PathEnd): boolean =>
          JSON.stringify(e.decisions) === JSON.stringify(decisions);
        expect(explored.ends.some(same), 'the model answer is one of the explored paths').toBe(
          true,
        );
      }
      const card = checkedScorecard(loaded, { decisions, log, view });
      expect(card.overall).toBe(best.overall);
      for (const d of DIMENSIONS as readonly Dimension[])
        expect(card.dimensions[d].score, d).toBe(best.dimensions[d]);
    });
  });
});
