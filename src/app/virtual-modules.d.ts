// Typed where it is imported (shipped-library.ts): an ambient module cannot import relative types.
declare module 'virtual:shipped-scenarios' {
  /** The card of every shipped scenario that passed the checker at build time, in file order. */
  export const shippedCards: unknown;
  /** Shipped files that did not load, with their diagnostics. */
  export const shippedFailures: unknown;
  /** One loader per scenario id: imports that scenario's chunk. */
  export const shippedLoaders: Record<string, () => Promise<{ default: unknown }>>;
  /** One loader per scenario id: imports that file's own text (`{ file, text }`), for the studio. */
  export const shippedSources: Record<string, () => Promise<{ default: unknown }>>;
}
