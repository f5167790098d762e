import type { ScenarioGraph } from './graph-types.ts';
import type { Scenario } from './scenario-types.ts';

/** A scenario that passed every error rule: ready to compile, play, score and analyse. */
export interface LoadedScenario {
  /** The validated content with defaults filled. */
  scenario: Scenario;
  /** The resolved state graph. */
  graph: ScenarioGraph;
  /** sha-256 (hex) of the canonical content: names the exact version an attempt was played on. */
  fingerprint: string;
  /** The file name the scenario was loaded from, for messages. */
  file: string;
}
