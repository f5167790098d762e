import { sharedAttemptStore } from '../storage/attempt-store-context.tsx';
import { splitHash } from './hash-route.ts';
import { loadShippedScenario, shippedCard } from './shipped-library.ts';

/**
 * Starts, before React renders, the two slow things the first screen waits for: opening
 * the attempt database and, on a `#/play/<id>` link, fetching that conversation. They then
 * run side by side instead of one after the other.
 */
export function startEarly(hash: string): void {
  void sharedAttemptStore();
  const match = /^\/play\/([^/]+)$/.exec(splitHash(hash).path);
  if (match?.[1] === undefined) return;
  let id: string;
  try {
    id = decodeURIComponent(match[1]);
  } catch {
    return; // A malformed link: the route says "not found" itself.
  }
  if (shippedCard(id) !== undefined) void loadShippedScenario(id);
}
