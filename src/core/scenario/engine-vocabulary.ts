import type { TransitionInfo } from './graph-types.ts';
import type { ActionSpec, GuardSpec } from './scenario-types.ts';

/**
 * The engine's guard and action vocabulary over its context: what scenario files may name
 * (never code), shared by the XState machine (compile-machine.ts) and its pure twin (semantics.ts).
 */

/** What the machine remembers: the customer's mood and the author's flags. */
export interface EngineContext {
  /** 0 (furious) .. 100 (delighted). */
  mood: number;
  /** Author flags. */
  flags: Readonly<Record<string, boolean>>;
}

/** Mood is kept within 0..100. */
export function clampMood(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/** Evaluates a vocabulary guard against the context. */
export function evaluateGuard(guard: GuardSpec, context: EngineContext): boolean {
  switch (guard.type) {
    case 'moodAtLeast':
      return context.mood >= guard.params.value;
    case 'moodBelow':
      return context.mood < guard.params.value;
    case 'flag':
      return context.flags[guard.params.flag] === true;
    case 'all':
      return guard.params.guards.every((g) => evaluateGuard(g, context));
    case 'any':
      return guard.params.guards.some((g) => evaluateGuard(g, context));
  }
}

/** Applies one vocabulary action, returning a new context. */
export function applyAction(context: EngineContext, action: ActionSpec): EngineContext {
  switch (action.type) {
    case 'addMood':
      return { ...context, mood: clampMood(context.mood + action.params.value) };
    case 'setFlag':
      return { ...context, flags: { ...context.flags, [action.params.flag]: true } };
    case 'clearFlag':
      return { ...context, flags: { ...context.flags, [action.params.flag]: false } };
  }
}

/** The actions a transition runs: `meta.mood` first (as `addMood`), then the authored ones. */
export function transitionActions(transition: TransitionInfo): ActionSpec[] {
  const mood = transition.meta.mood;
  return mood === undefined || mood === 0
    ? transition.actions
    : [{ type: 'addMood', params: { value: mood } }, ...transition.actions];
}
