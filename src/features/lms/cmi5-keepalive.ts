/** Sends a statement from a page that is going away, where only a keepalive request survives. */
import type { Statement } from '@xapi/xapi';

/** Where and how a keepalive statement is posted. */
export interface KeepaliveTarget {
  /** HTTP; must support `keepalive`. */
  fetch: typeof fetch;
  /** The LRS endpoint, ending in a slash. */
  endpoint: string;
  /** The session's auth token, sent as Basic authorization. */
  authToken: string;
}

/**
 * Posts the statement without waiting for or reporting the answer: the page will be gone.
 * Throws only when the request cannot even be made.
 */
export function postKeepaliveStatement(target: KeepaliveTarget, statement: Statement): void {
  void target
    .fetch(`${target.endpoint}statements`, {
      method: 'POST',
      keepalive: true,
      headers: {
        Authorization: `Basic ${target.authToken}`,
        'Content-Type': 'application/json',
        'X-Experience-API-Version': '1.0.3',
      },
      body: JSON.stringify(statement),
    })
    .catch(() => undefined);
}
