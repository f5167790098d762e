import { normaliseEndpoint, type LrsSettings, type TraineeIdentity } from './lrs-settings.ts';

/** LRS settings from a launch URL, what is wrong with them, or nothing (not launched so). */
export type LaunchSettingsResult =
  | { kind: 'none' }
  | { kind: 'settings'; settings: LrsSettings }
  | { kind: 'invalid'; problems: string[] };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Reads the "Tin Can launch" parameters a launching system puts on the app's URL
 * (`endpoint`, `auth`, `actor`, and optionally `registration`, `activity_id`): the
 * convention LMSs and LRS launchers use for xAPI content that is not cmi5. Only a URL that
 * has `endpoint` counts as such a launch; then every problem is named, so a misconfigured
 * launcher shows the trainee a sentence an administrator can act on.
 */
export function settingsFromLaunch(search: string): LaunchSettingsResult {
  const params = new URLSearchParams(search);
  const rawEndpoint = params.get('endpoint');
  if (rawEndpoint === null) return { kind: 'none' };
  const problems: string[] = [];
  const endpoint = normaliseEndpoint(rawEndpoint);
  if ('problem' in endpoint) problems.push(`endpoint: ${endpoint.problem}`);
  const auth = params.get('auth')?.trim() ?? '';
  if (auth === '') problems.push('auth: the launch gave no credentials for the LRS.');
  const actor = actorFrom(params.get('actor'));
  if ('problem' in actor) problems.push(`actor: ${actor.problem}`);
  const registration = params.get('registration')?.trim();
  if (registration !== undefined && registration !== '' && !UUID.test(registration)) {
    problems.push(`registration: “${registration}” is not a UUID.`);
  }
  const activityId = params.get('activity_id')?.trim();
  if (activityId !== undefined && activityId !== '' && !isIri(activityId)) {
    problems.push(`activity_id: “${activityId}” is not an absolute IRI.`);
  }
  if (problems.length > 0 || 'problem' in endpoint || 'problem' in actor) {
    return { kind: 'invalid', problems };
  }
  return {
    kind: 'settings',
    settings: {
      endpoint: endpoint.endpoint,
      authorization: auth,
      identity: actor.identity,
      ...(actor.name === undefined ? {} : { displayName: actor.name }),
      source: 'launch',
      ...(registration === undefined || registration === '' ? {} : { registration }),
      ...(activityId === undefined || activityId === '' ? {} : { activityId }),
    },
  };
}

function isIri(text: string): boolean {
  try {
    return new URL(text).protocol.length > 1;
  } catch {
    return false;
  }
}

type ActorResult = { identity: TraineeIdentity; name?: string } | { problem: string };

/**
 * The trainee from the launch's `actor`: an xAPI Agent (`{"name": "…", "mbox": "mailto:…"}`
 * or with an `account`), or the older Tin Can form where every value is a one-item list.
 */
function actorFrom(raw: string | null): ActorResult {
  if (raw === null || raw.trim() === '')
    return { problem: 'the launch did not say who the trainee is.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { problem: 'it is not JSON.' };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { problem: 'it should be a JSON object (an xAPI Agent).' };
  }
  const agent = parsed as Record<string, unknown>;
  const name = firstString(agent.name);
  const mbox = firstString(agent.mbox);
  if (mbox !== undefined) {
    const email = mbox.replace(/^mailto:/i, '');
    if (!/^mailto:/i.test(mbox) || !/^[^\s@]+@[^\s@]+$/.test(email)) {
      return { problem: `mbox “${mbox}” should be mailto: followed by an email address.` };
    }
    return { identity: { kind: 'email', email }, ...(name === undefined ? {} : { name }) };
  }
  const account: unknown = Array.isArray(agent.account)
    ? (agent.account as unknown[])[0]
    : agent.account;
  if (typeof account === 'object' && account !== null) {
    const fields = account as Record<string, unknown>;
    const homePage = firstString(fields.homePage) ?? firstString(fields.accountServiceHomePage);
    const accountName = firstString(fields.name) ?? firstString(fields.accountName);
    if (homePage === undefined || accountName === undefined) {
      return { problem: 'its account needs both a homePage and a name.' };
    }
    return {
      identity: { kind: 'account', homePage, name: accountName },
      ...(name === undefined ? {} : { name }),
    };
  }
  return { problem: 'it names the trainee by neither an mbox nor an account.' };
}

function firstString(value: unknown): string | undefined {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}
