import type { Scenario } from './scenario-types.ts';

/** A shipped scenario as the build hands it to the browser: already validated, no parser needed. */
export interface ShippedScenario {
  /** Path relative to the project, such as `scenarios/into-the-email-void.yaml`. */
  file: string;
  /** The validated content with defaults filled. */
  scenario: Scenario;
  /** Fingerprint of the canonical content. */
  fingerprint: string;
}

/** Everything about a scenario but its conversation: what lists, cards and filters show. */
export type ScenarioCard = Omit<Scenario, 'machine'>;

/** One entry of the shipped library's index: the card, and the version it describes. */
export interface ShippedCard {
  /** Path relative to the project. */
  file: string;
  /** The card (the whole scenario without its machine). */
  card: ScenarioCard;
  /** Fingerprint of the full scenario, the same as the loaded one's. */
  fingerprint: string;
}

/** A shipped file that did not load, with its diagnostics already formatted. */
export interface ShippedFailure {
  /** Path relative to the project. */
  file: string;
  /** `file:line:col: error: message` lines. */
  diagnostics: string[];
}

/** The card of a scenario: the same object without its machine. */
export function cardOf(scenario: Scenario): ScenarioCard {
  const { machine: _machine, ...card } = scenario;
  return card;
}
