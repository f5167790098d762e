import type { SendOutcome } from './outbox-sender.ts';

/** What the sender needs of a failed request (an Axios error has it; so do test stand-ins). */
interface HttpFailure {
  /** Set when the LRS answered. */
  response?: {
    /** HTTP status. */
    status: number;
    /** Response headers (lower-case names). */
    headers?: Record<string, unknown>;
    /** The body, often the LRS's own message. */
    data?: unknown;
  };
  /** The library's message. */
  message?: string;
}

/** Seconds or an HTTP date in a Retry-After header, in ms; undefined when absent or unreadable. */
export function retryAfterMs(value: unknown, now: number = Date.now()): number | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The LRS's own words from an error body (`{ message }`, `{ warnings }` or text), shortened. */
function lrsWords(data: unknown): string | undefined {
  let words: string | undefined;
  if (typeof data === 'string') words = data;
  else if (typeof data === 'object' && data !== null) {
    const body = data as Record<string, unknown>;
    if (typeof body.message === 'string') words = body.message;
    else if (Array.isArray(body.warnings)) words = body.warnings.map(String).join('; ');
  }
  const trimmed = words?.trim();
  if (trimmed === undefined || trimmed === '') return undefined;
  return trimmed.length > 300 ? `${trimmed.slice(0, 297)}…` : trimmed;
}

/**
 * What a failed send means for the outbox, in words an administrator can act on: passing
 * trouble (no answer, the LRS busy or down) is tried again; refused credentials and an
 * address that does not answer like an LRS stop sending until the settings change; only a
 * statement the LRS itself rejects (400, or 409: an id it holds with other content) is set
 * aside for good, with the LRS's own message.
 */
export function outcomeOfSendError(error: unknown, now: number = Date.now()): SendOutcome {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as HttpFailure;
  const response = failure.response;
  if (response === undefined) {
    return {
      kind: 'retry',
      reason:
        'The LRS could not be reached (offline, the address is wrong, or it does not allow this site).',
    };
  }
  const { status } = response;
  const said = lrsWords(response.data);
  const because = said === undefined ? '' : `: ${said}`;
  if (status === 401 || status === 403) {
    return {
      kind: 'refused-credentials',
      reason: `The LRS refused the credentials (HTTP ${status})${because}.`,
    };
  }
  if (status === 408 || status === 429 || status >= 500) {
    const wait = retryAfterMs(response.headers?.['retry-after'], now);
    return {
      kind: 'retry',
      reason: `The LRS is busy or down (HTTP ${status})${because}.`,
      ...(wait === undefined ? {} : { retryAfterMs: wait }),
    };
  }
  if (status === 409) {
    return {
      kind: 'refused',
      reason: `The LRS already holds a different statement with this id (HTTP 409)${because}.`,
    };
  }
  if (status === 400) {
    return { kind: 'refused', reason: `The LRS refused the statement (HTTP 400)${because}.` };
  }
  // Anything else (404, 405, 410, 415…) is an address that does not answer like an LRS:
  // stop and wait for the settings to be fixed, rather than set the statements aside for good.
  return {
    kind: 'refused-credentials',
    reason: `The address does not answer like an xAPI LRS (HTTP ${status})${because}: check the endpoint setting.`,
  };
}
