import type { TurnRecord } from '../attempt/turn-record.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { EndingMeta } from '../scenario/scenario-types.ts';
import {
  isStuck,
  openOptions,
  openTimeouts,
  start,
  take,
  type Settled,
} from '../scenario/semantics.ts';
import type { TransitionInfo } from '../scenario/graph-types.ts';
import { replyBudgetMs } from '../scoring/reply-budget.ts';
import type { EndingRef, PathStep } from './analysis-types.ts';
import { assumedReplyMs, type TimingCase } from './assumed-timing.ts';
import { edgeAt, optionsAt, timeoutsAt, type ProductGraph } from './product-graph.ts';

/** A walk of the product graph played out with the real context, as the player would record it. */
export interface ReplayedWalk {
  /** The decisions. */
  steps: PathStep[];
  /** Turn records under the timing assumption: what scoring sees. */
  turns: TurnRecord[];
  /** The ending reached, if the walk ends. */
  ending: EndingRef | null;
  /** Its ending meta, for scoring. */
  endingMeta: EndingMeta | null;
}

/** The context an attempt starts with: the customer's mood and the author's flags. */
export function initialContext(loaded: LoadedScenario): {
  mood: number;
  flags: Record<string, boolean>;
} {
  return {
    mood: loaded.scenario.customer.mood,
    flags: { ...(loaded.scenario.machine.context ?? {}) },
  };
}

/**
 * Replays a walk from the start with the full context (the product graph keeps only what
 * guards read, which selects the same transitions), building the turn records a trainee
 * who decides this way — instantly, or as late as possible — would leave.
 */
export function replayWalk(
  loaded: LoadedScenario,
  pg: ProductGraph,
  edges: readonly number[],
  timing: TimingCase,
): ReplayedWalk {
  const { graph } = loaded;
  const first = start(graph, initialContext(loaded));
  if (isStuck(first)) throw new Error('the machine never settles at start');
  let at: Settled = first;
  let t = 0;
  const steps: PathStep[] = [];
  const turns: TurnRecord[] = [];
  for (const e of edges) {
    const edge = edgeAt(pg, e);
    if (edge.from < 0) throw new Error(`no edge ${e}`);
    const nodeOptions = optionsAt(pg, edge.from);
    const nodeTimeouts = timeoutsAt(pg, edge.from);
    const state = graph.states.get(at.leaf);
    const options = openOptions(graph, at.leaf, at.context);
    const timeouts = openTimeouts(graph, at.leaf, at.context);
    const budgetMs = replyBudgetMs(graph, loaded.scenario.channel, at.leaf);
    let transition: TransitionInfo;
    let answeredT: number;
    let response: TurnRecord['response'];
    if (edge.kind === 'option') {
      const event = nodeOptions[edge.index]?.event ?? '';
      const option = options.find((o) => o.event === event);
      if (option === undefined) throw new Error(`option '${event}' is not open at '${at.leaf}'`);
      transition = option.transition;
      answeredT = t + assumedReplyMs(timing, budgetMs, timeouts);
      response = { kind: 'reply', event, meta: transition.meta };
      steps.push({ state: at.leaf, choice: event, reply: transition.meta.reply ?? '' });
    } else {
      const declaredOn = nodeTimeouts[edge.index]?.declaredOn ?? '';
      const timeout = timeouts.find((o) => o.declaredOn === declaredOn);
      if (timeout === undefined) throw new Error(`no timeout of '${declaredOn}' at '${at.leaf}'`);
      transition = timeout.transition;
      answeredT = t + timeout.delay;
      response = {
        kind: 'timeout',
        state: declaredOn,
        delay: timeout.delay,
        meta: transition.meta,
      };
      steps.push({
        state: at.leaf,
        choice: 'wait',
        reply: '',
        delay: timeout.delay,
        timeoutOf: declaredOn,
      });
    }
    const next = take(graph, at.leaf, at.context, transition);
    if (isStuck(next)) throw new Error(`eventless loop after '${steps.at(-1)?.choice ?? ''}'`);
    const turn: TurnRecord = {
      index: turns.length,
      state: at.leaf,
      customer: state?.meta.customer ?? '',
      startedT: t,
      answeredT,
      budgetMs,
      offered: options.map((o) => ({
        event: o.event,
        reply: o.transition.meta.reply ?? '',
        meta: o.transition.meta,
      })),
      response,
      moodBefore: at.context.mood,
      moodAfter: next.context.mood,
    };
    if (state?.meta.narration !== undefined) turn.narration = state.meta.narration;
    if (state?.meta.subject !== undefined) turn.subject = state.meta.subject;
    turns.push(turn);
    t = answeredT;
    at = next;
  }
  const meta = graph.states.get(at.leaf)?.meta.ending ?? null;
  const final = graph.states.get(at.leaf)?.kind === 'final';
  const ending =
    final && meta !== null ? { state: at.leaf, title: meta.title, retained: meta.retained } : null;
  return { steps, turns, ending, endingMeta: final ? meta : null };
}
