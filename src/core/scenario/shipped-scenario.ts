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

/** A shipped file that did not load, with its diagnostics already formatted. */
export interface ShippedFailure {
  /** Path relative to the project. */
  file: string;
  /** `file:line:col: error: message` lines. */
  diagnostics: string[];
}
