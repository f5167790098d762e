import type { RunState } from '../play/scenario-actor.ts';
import { offeredOptions, turnText } from '../play/turn-info.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { openOptions } from '../scenario/semantics.ts';
import { replyBudgetMs } from '../scoring/reply-budget.ts';
import type { TurnRecord, TurnResponse } from './turn-record.ts';

type OpenTurn = Omit<TurnRecord, 'answeredT' | 'response' | 'moodAfter'>;

/**
 * Cuts a conversation into turns: a turn opens when the machine settles in a
 * non-final leaf and closes with the next reply or timeout (even one that stays
 * in the same leaf, such as a question that only sets a flag).
 */
export class TurnTracker {
  /** The closed turns, in order. */
  readonly turns: TurnRecord[] = [];
  private current: OpenTurn | null = null;

  /** Tracks turns of one scenario. */
  constructor(private readonly loaded: LoadedScenario) {}

  /** Opens a turn at `t` unless the conversation has ended. */
  begin(state: RunState, t: number): void {
    if (state.done) {
      this.current = null;
      return;
    }
    const { graph, scenario } = this.loaded;
    this.current = {
      index: this.turns.length,
      state: state.leaf,
      ...turnText(graph, state.leaf),
      startedT: t,
      budgetMs: replyBudgetMs(graph, scenario.channel, state.leaf),
      offered: offeredOptions(openOptions(graph, state.leaf, state.context)),
      moodBefore: state.context.mood,
    };
  }

  /** Closes the open turn with its answer and opens the next one. */
  answer(response: TurnResponse, t: number, after: RunState): void {
    if (this.current === null) return;
    this.turns.push({ ...this.current, answeredT: t, response, moodAfter: after.context.mood });
    this.begin(after, t);
  }
}
