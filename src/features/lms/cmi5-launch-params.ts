import { plainText } from './lms-result.ts';

/** A learner as cmi5 identifies one: an xAPI Agent with an account (cmi5 section 9.2). */
export interface Cmi5Actor {
  /** Always an Agent. */
  objectType: 'Agent';
  /** The LMS account. */
  account: { homePage: string; name: string };
  /** Display name, when the LMS gives one. */
  name?: string;
}

/** The five values an LMS appends to the AU's URL (cmi5 section 8.1), checked. */
export interface Cmi5LaunchParams {
  /** Base URL of the LMS's xAPI endpoint, ending in `/`. */
  endpoint: string;
  /** One-time URL to POST for the auth token. */
  fetch: string;
  /** The learner. */
  actor: Cmi5Actor;
  /** Registration UUID. */
  registration: string;
  /** The LMS's activity id for this AU, the object of every cmi5 statement. */
  activityId: string;
}

/** The checked parameters, or one sentence per missing or malformed one. */
export type Cmi5LaunchResult =
  { ok: true; params: Cmi5LaunchParams } | { ok: false; problems: string[] };

type Name = 'endpoint' | 'fetch' | 'actor' | 'registration' | 'activityId';

// xAPI's UUID: any RFC 4122 variant, hex in either case.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Checked<T> = { value: T } | { problem: string };

function httpUrl(name: string, raw: string): Checked<string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { problem: `${name}: “${raw}” is not an absolute URL` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: `${name}: “${raw}” is not an http(s) URL` };
  }
  return { value: raw };
}

function iri(name: string, raw: string): Checked<string> {
  try {
    return /^[a-z][a-z0-9+.-]*:/i.test(raw) && new URL(raw).protocol !== ''
      ? { value: raw }
      : { problem: `${name}: “${raw}” is not an absolute IRI` };
  } catch {
    return { problem: `${name}: “${raw}” is not an absolute IRI` };
  }
}

function actorFrom(raw: string): Checked<Cmi5Actor> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      problem: 'actor: it is not JSON (cmi5 sends the learner as a URL-encoded JSON Agent)',
    };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { problem: 'actor: it should be a JSON object (an xAPI Agent)' };
  }
  const agent = parsed as Record<string, unknown>;
  if (agent.objectType !== undefined && agent.objectType !== 'Agent') {
    return {
      problem: `actor: objectType is “${plainText(agent.objectType)}”; cmi5 launches an Agent`,
    };
  }
  const account = agent.account;
  if (typeof account !== 'object' || account === null || Array.isArray(account)) {
    return {
      problem:
        'actor: it has no account; cmi5 identifies the learner by an account {homePage, name}',
    };
  }
  const { homePage, name } = account as Record<string, unknown>;
  if (typeof homePage !== 'string' || 'problem' in iri('homePage', homePage)) {
    return { problem: 'actor: account.homePage should be an absolute URL' };
  }
  if (typeof name !== 'string' || name.trim() === '') {
    return { problem: 'actor: account.name should be a non-empty string' };
  }
  const display =
    typeof agent.name === 'string' && agent.name.trim() !== '' ? agent.name.trim() : undefined;
  return {
    value: {
      objectType: 'Agent',
      account: { homePage, name },
      ...(display === undefined ? {} : { name: display }),
    },
  };
}

function registrationFrom(raw: string): Checked<string> {
  return UUID.test(raw) ? { value: raw } : { problem: `registration: “${raw}” is not a UUID` };
}

/**
 * Reads the cmi5 launch parameters from a query string (`location.search`): every one of
 * endpoint, fetch, actor, registration and activityId must be there once and well formed,
 * and each that is not gets its own sentence, so a misconfigured LMS can be fixed.
 */
export function parseCmi5Launch(search: string): Cmi5LaunchResult {
  const query = new URLSearchParams(search);
  const problems: string[] = [];
  const one = <T>(name: Name, check: (value: string) => Checked<T>): T | undefined => {
    const values = query.getAll(name);
    const value = values[0]?.trim() ?? '';
    if (values.length > 1) {
      problems.push(`${name}: given ${values.length} times in the launch URL; cmi5 sends it once`);
      return undefined;
    }
    if (value === '') {
      problems.push(`${name}: missing from the launch URL`);
      return undefined;
    }
    const checked = check(value);
    if ('problem' in checked) {
      problems.push(checked.problem);
      return undefined;
    }
    return checked.value;
  };
  const endpoint = one('endpoint', (v) => httpUrl('endpoint', v));
  const fetch = one('fetch', (v) => httpUrl('fetch', v));
  const actor = one('actor', actorFrom);
  const registration = one('registration', registrationFrom);
  const activityId = one('activityId', (v) => iri('activityId', v));
  if (
    endpoint === undefined ||
    fetch === undefined ||
    actor === undefined ||
    registration === undefined ||
    activityId === undefined
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    params: {
      endpoint: endpoint.endsWith('/') ? endpoint : `${endpoint}/`,
      fetch,
      actor,
      registration,
      activityId,
    },
  };
}
