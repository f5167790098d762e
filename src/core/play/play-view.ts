import type { OfferedOption } from '../attempt/turn-record.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type { EndingMeta } from '../scenario/scenario-types.ts';
import { openOptions } from '../scenario/semantics.ts';
import { replyBudgetMs } from '../scoring/reply-budget.ts';
import type { RunState } from './scenario-actor.ts';
import { offeredOptions, turnText } from './turn-info.ts';

/** What the player shows: the current turn, as far as it has been saved. */
export interface PlayView {
  /** Graph id of the current leaf (a turn, or the ending). */
  state: string;
  /** What the customer says or writes. */
  customer: string;
  /** Narration shown before it. */
  narration?: string;
  /** Email subject. */
  subject?: string;
  /** Reply budget in ms (`replyWithin`, else the channel default). */
  replyWithinMs: number;
  /** Options open now, in order (empty at the end). */
  options: OfferedOption[];
  /** Customer mood, 0..100. */
  mood: number;
  /** Active ms when this turn began. */
  turnStartedT: number;
  /** Active ms spent on this turn so far (0 once ended). */
  elapsedT: number;
  /** The clock is paused. */
  paused: boolean;
  /** The conversation reached an ending. */
  done: boolean;
  /** The ending, when done. */
  ending?: EndingMeta;
  /** An event is being saved; the customer's next message waits for it. */
  saving: boolean;
  /** Why the last save failed, until one succeeds. */
  saveError?: string;
}

/** The state a view shows: published only once the event that led there is saved. */
export interface Published {
  /** Leaf, context and whether it ended. */
  state: RunState;
  /** Active ms when its turn began. */
  turnStartedT: number;
}

/** Live facts that are not part of the published state. */
export interface LiveFacts {
  /** Active ms now. */
  now: number;
  /** The clock is paused. */
  paused: boolean;
  /** Something is being saved. */
  saving: boolean;
  /** The last save error. */
  saveError: string | undefined;
}

/** Builds the player's view of a published state. */
export function buildView(loaded: LoadedScenario, published: Published, live: LiveFacts): PlayView {
  const { graph, scenario } = loaded;
  const { state, turnStartedT } = published;
  const view: PlayView = {
    state: state.leaf,
    ...turnText(graph, state.leaf),
    replyWithinMs: replyBudgetMs(graph, scenario.channel, state.leaf),
    options: state.done ? [] : offeredOptions(openOptions(graph, state.leaf, state.context)),
    mood: state.context.mood,
    turnStartedT,
    elapsedT: state.done ? 0 : Math.max(0, live.now - turnStartedT),
    paused: live.paused,
    done: state.done,
    saving: live.saving,
  };
  const ending = state.done ? graph.states.get(state.leaf)?.meta.ending : undefined;
  if (ending !== undefined) view.ending = ending;
  if (live.saveError !== undefined) view.saveError = live.saveError;
  return view;
}
