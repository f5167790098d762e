declare module 'virtual:shipped-scenarios' {
  import type { ShippedFailure, ShippedScenario } from '../core/scenario/shipped-scenario.ts';
  /** Every shipped scenario that passed the checker at build time. */
  export const shippedScenarios: ShippedScenario[];
  /** Shipped files that did not load, with their diagnostics. */
  export const shippedFailures: ShippedFailure[];
}
