/** The Web Crypto UUID function, present in browsers and Node though the ES library does not declare it. */
interface CryptoGlobal {
  crypto?: { randomUUID?: () => string };
}

/** A new unique attempt id: a random UUID where the host has one, else time plus randomness. */
export function newAttemptId(): string {
  const { crypto } = globalThis as typeof globalThis & CryptoGlobal;
  if (crypto?.randomUUID !== undefined) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
