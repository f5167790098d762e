import type { Cmi5Verb } from './cmi5-statements.ts';

/** What a page remembers of its cmi5 session, so a reload does not break the session's once-only rules. */
export interface StoredCmi5Session {
  /** The auth token: the fetch URL answers only once. */
  authToken: string;
  /** When the session was initialized (ISO 8601), for durations. */
  initializedAt: string;
  /** Verbs sent in this session, in order. */
  sent: Cmi5Verb[];
  /** The app already reported its result. */
  reported: boolean;
  /** Terminated was sent: the session is over. */
  terminated: boolean;
}

/** Loads and saves one session's memory. */
export interface Cmi5SessionStore {
  /** The remembered session, if this page started it before. */
  load(): StoredCmi5Session | undefined;
  /** Remembers the session; storage failures are ignored (the session just is not resumable). */
  save(session: StoredCmi5Session): void;
}

/**
 * Where a session is remembered, in the tab's session storage: per launch. A registration
 * spans every launch of the AU (a retry after a fail is a new launch of the same one), and
 * each launch has its own one-time fetch URL, so that URL tells the launches apart.
 */
export function cmi5SessionKey(registration: string, activityId: string, fetchUrl: string): string {
  return `extra-mile:cmi5:${registration}:${activityId}:${fetchUrl}`;
}

function isStored(value: unknown): value is StoredCmi5Session {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.authToken === 'string' &&
    typeof v.initializedAt === 'string' &&
    !Number.isNaN(Date.parse(v.initializedAt)) &&
    Array.isArray(v.sent) &&
    typeof v.reported === 'boolean' &&
    typeof v.terminated === 'boolean'
  );
}

/** A store on a Storage (sessionStorage in the browser), or a forgetful one when there is none. */
export function cmi5SessionStore(
  storage: Pick<Storage, 'getItem' | 'setItem'> | null,
  registration: string,
  activityId: string,
  fetchUrl: string,
): Cmi5SessionStore {
  const key = cmi5SessionKey(registration, activityId, fetchUrl);
  return {
    load() {
      try {
        const text = storage?.getItem(key);
        if (text === null || text === undefined) return undefined;
        const value: unknown = JSON.parse(text);
        return isStored(value) ? value : undefined;
      } catch {
        return undefined;
      }
    },
    save(session) {
      try {
        storage?.setItem(key, JSON.stringify(session));
      } catch {
        // Private browsing or a full quota: the session works, a reload just cannot resume it.
      }
    },
  };
}
