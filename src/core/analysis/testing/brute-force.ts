import type { TurnRecord } from '../../attempt/turn-record.ts';
import type { LoadedScenario } from '../../scenario/loaded-scenario.ts';
import type { EndingMeta } from '../../scenario/scenario-types.ts';
import {
  isStuck,
  openOptions,
  openTimeouts,
  start,
  take,
  type Settled,
} from '../../scenario/semantics.ts';
import { replyBudgetMs } from '../../scoring/reply-budget.ts';

/** For tests: one complete path found by enumeration, with turn records for both timing cases. */
export interface EnumeratedPath {
  /** Option ids, and 'wait@<state whose timeout fired>', in order. */
  choices: string[];
  /** Turns as an instant replier would leave them. */
  instant: TurnRecord[];
  /** Turns as the slowest replier (just before the first timeout, or 2 budgets) would leave them. */
  slowest: TurnRecord[];
  /** The ending reached. */
  ending: EndingMeta | null;
  /** Its state id. */
  endingState: string;
}

/**
 * For tests: every decision sequence from the start to an ending, by plain depth-first
 * enumeration with the full context: the independent oracle for the analysis. Gives up
 * (throws) beyond `limit` paths or `maxDepth` turns so a cyclic scenario cannot hang a test.
 */
export function enumeratePaths(
  loaded: LoadedScenario,
  limit = 100_000,
  maxDepth = 60,
): EnumeratedPath[] {
  const { graph } = loaded;
  const out: EnumeratedPath[] = [];
  const first = start(graph, {
    mood: loaded.scenario.customer.mood,
    flags: { ...(loaded.scenario.machine.context ?? {}) },
  });
  if (isStuck(first)) return out;
  const walk = (
    at: Settled,
    choices: string[],
    instant: TurnRecord[],
    slowest: TurnRecord[],
    t0: number,
    t1: number,
  ): void => {
    const state = graph.states.get(at.leaf);
    if (state?.kind === 'final') {
      if (out.length >= limit) throw new Error('too many paths');
      out.push({
        choices,
        instant,
        slowest,
        ending: state.meta.ending ?? null,
        endingState: at.leaf,
      });
      return;
    }
    if (choices.length >= maxDepth) throw new Error('path too long: cyclic?');
    const options = openOptions(graph, at.leaf, at.context);
    const timeouts = openTimeouts(graph, at.leaf, at.context);
    const budgetMs = replyBudgetMs(graph, loaded.scenario.channel, at.leaf);
    const offered = options.map((o) => ({
      event: o.event,
      reply: o.transition.meta.reply ?? '',
      meta: o.transition.meta,
    }));
    const firstDelay = Math.min(...timeouts.map((t) => t.delay));
    const slowMs = Number.isFinite(firstDelay) ? firstDelay : Math.max(2 * budgetMs, 1);
    const base = {
      state: at.leaf,
      customer: state?.meta.customer ?? '',
      budgetMs,
      offered,
      moodBefore: at.context.mood,
    };
    const choicesHere = [
      ...options.map((o) => ({ choice: o.event, transition: o.transition, timeout: null })),
      ...timeouts.map((t) => ({
        choice: `wait@${t.declaredOn}`,
        transition: t.transition,
        timeout: t,
      })),
    ];
    for (const { choice, transition, timeout } of choicesHere) {
      const next = take(graph, at.leaf, at.context, transition);
      if (isStuck(next)) continue;
      const response: TurnRecord['response'] =
        timeout === null
          ? { kind: 'reply', event: choice, meta: transition.meta }
          : {
              kind: 'timeout',
              state: timeout.declaredOn,
              delay: timeout.delay,
              meta: transition.meta,
            };
      const fast = timeout === null ? 0 : timeout.delay;
      const slow = timeout === null ? slowMs : timeout.delay;
      const index = instant.length;
      walk(
        next,
        [...choices, choice],
        [
          ...instant,
          {
            ...base,
            index,
            startedT: t0,
            answeredT: t0 + fast,
            response,
            moodAfter: next.context.mood,
          },
        ],
        [
          ...slowest,
          {
            ...base,
            index,
            startedT: t1,
            answeredT: t1 + slow,
            response,
            moodAfter: next.context.mood,
          },
        ],
        t0 + fast,
        t1 + slow,
      );
    }
  };
  walk(first, [], [], [], 0, 0);
  return out;
}
