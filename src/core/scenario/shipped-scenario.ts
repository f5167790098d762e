import type { Customer, Scenario } from './scenario-types.ts';

/** A shipped scenario as the build hands it to the browser: already validated, no parser needed. */
export interface ShippedScenario {
  /** Path relative to the project, such as `scenarios/into-the-email-void.yaml`. */
  file: string;
  /** The validated content with defaults filled. */
  scenario: Scenario;
  /** Fingerprint of the canonical content. */
  fingerprint: string;
}

/**
 * What lists, cards and filters show of a scenario: not its conversation, nor the texts
 * only the player shows (its source in the seeds, the customer's profile). Every card is
 * in the first page a trainee loads, so it stays small.
 */
export type ScenarioCard = Omit<Scenario, 'machine' | 'basedOn' | 'customer'> & {
  /** The customer, without the profile the player shows. */
  customer: Omit<Customer, 'profile'>;
};

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

/** The card of a scenario: the scenario without its machine and the player-only texts. */
export function cardOf(scenario: Scenario): ScenarioCard {
  const { machine: _machine, basedOn: _basedOn, customer, ...card } = scenario;
  const { profile: _profile, ...who } = customer;
  return { ...card, customer: who };
}
