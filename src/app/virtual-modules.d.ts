// Typed where it is imported (shipped-library.ts): an ambient module cannot import relative types.
declare module 'virtual:shipped-scenarios' {
  /** Every shipped scenario that passed the checker at build time. */
  export const shippedScenarios: unknown;
  /** Shipped files that did not load, with their diagnostics. */
  export const shippedFailures: unknown;
}
