import { createContext, use } from 'react';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import type { ScenarioCard } from '../../core/scenario/shipped-scenario.ts';

/** What the review needs from the app about scenarios: the library and its conversations. */
export interface ReviewScenarios {
  /** Cards of the library's scenarios, in library order. */
  cards: readonly ScenarioCard[];
  /** Every library scenario's conversation, loaded (needed to verify imports and name replies). */
  loadAll: () => Promise<readonly LoadedScenario[]>;
  /** One library scenario's conversation; undefined when the library does not have it. */
  loadOne: (id: string) => Promise<LoadedScenario | undefined>;
}

/** Supplied by the app (features do not import the app's scenario loading). */
export const ReviewScenariosContext = createContext<ReviewScenarios>({
  cards: [],
  loadAll: () => Promise.resolve([]),
  loadOne: () => Promise.resolve(undefined),
});

/** The review's scenarios. */
export function useReviewScenarios(): ReviewScenarios {
  return use(ReviewScenariosContext);
}

/** A scenario's title by id, falling back to the id for scenarios no longer in the library. */
export function titleLookup(cards: readonly ScenarioCard[]): (id: string) => string {
  const titles = new Map(cards.map((c) => [c.id, c.title]));
  return (id) => titles.get(id) ?? id;
}
