/**
 * Where a browser sends its attempts: a Learning Record Store's address, the credentials it
 * gave, and who the trainee is to it. The settings screen, the launch URL and the sender
 * all validate through here, so one message names each problem.
 */

/** Who the trainee is to the LRS: an email, or an account on the company's system. */
export type TraineeIdentity =
  | {
      /** An email address (sent as `mailto:`). */
      kind: 'email';
      /** The address, as typed. */
      email: string;
    }
  | {
      /** An account on a system the company runs. */
      kind: 'account';
      /** The system's address (an IRL), e.g. https://hr.example.com. */
      homePage: string;
      /** The account's name or id there. */
      name: string;
    };

/** A working LRS configuration. */
export interface LrsSettings {
  /** The xAPI endpoint, always ending in `/` (statements live at `<endpoint>statements`). */
  endpoint: string;
  /** The `Authorization` header's value (`Basic …`, or what the launch gave). */
  authorization: string;
  /** Who the trainee is. */
  identity: TraineeIdentity;
  /** The trainee's name as the LRS should show it (absent: the name given in the app). */
  displayName?: string;
  /** Where these came from: a manager's settings, or the URL the app was launched with. */
  source: 'manager' | 'launch';
  /** The launch's registration, when a launching system chose one. */
  registration?: string;
  /** The launch's activity id, when a launching system chose one. */
  activityId?: string;
}

/** What a manager types in the settings screen. */
export interface LrsForm {
  /** The endpoint's address. */
  endpoint: string;
  /** The LRS's key (user name of Basic authentication). */
  key: string;
  /** The LRS's secret (password of Basic authentication). */
  secret: string;
  /** Email or account. */
  identityKind: 'email' | 'account';
  /** The trainee's email (identityKind email). */
  email: string;
  /** The account system's address (identityKind account). */
  homePage: string;
  /** The account's name (identityKind account). */
  accountName: string;
  /** The trainee's name for the LRS (optional). */
  displayName: string;
}

/** A problem with one field of the form, said plainly. */
export interface LrsFieldProblem {
  /** The field. */
  field: keyof LrsForm;
  /** What is wrong and how to put it right. */
  message: string;
}

/** Settings from a form, or what is wrong with it. */
export type LrsFormResult =
  { ok: true; settings: LrsSettings } | { ok: false; problems: LrsFieldProblem[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The endpoint normalised (trimmed, ending in `/`), or why it cannot be used. */
export function normaliseEndpoint(raw: string): { endpoint: string } | { problem: string } {
  const text = raw.trim();
  if (text === '') return { problem: 'Give the LRS endpoint, e.g. https://lrs.example.com/xapi/.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: `“${text}” is not a web address: it should start with https://.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { problem: `The endpoint must be an http or https address, not ${url.protocol}.` };
  }
  if (url.search !== '' || url.hash !== '') {
    return { problem: 'The endpoint must not contain ? or #: give the address up to /xapi/.' };
  }
  if (url.username !== '' || url.password !== '') {
    return { problem: 'Put the key and secret in their own fields, not in the address.' };
  }
  const endpoint = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { endpoint };
}

/** `Basic <base64(key:secret)>`, UTF-8 safe (btoa alone fails on non-Latin-1 characters). */
export function basicAuthorization(key: string, secret: string): string {
  const bytes = new TextEncoder().encode(`${key}:${secret}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Checks a manager's form and turns it into settings. */
export function settingsFromForm(form: LrsForm): LrsFormResult {
  const problems: LrsFieldProblem[] = [];
  const endpoint = normaliseEndpoint(form.endpoint);
  if ('problem' in endpoint) problems.push({ field: 'endpoint', message: endpoint.problem });
  if (form.key.trim() === '') {
    problems.push({ field: 'key', message: 'Give the key (user name) the LRS issued.' });
  }
  if (form.secret === '') {
    problems.push({ field: 'secret', message: 'Give the secret (password) the LRS issued.' });
  }
  let identity: TraineeIdentity | undefined;
  if (form.identityKind === 'email') {
    const email = form.email.trim();
    if (!EMAIL.test(email)) {
      problems.push({
        field: 'email',
        message:
          email === ''
            ? 'Give the trainee’s email: the LRS files their attempts under it.'
            : `“${email}” is not an email address.`,
      });
    } else identity = { kind: 'email', email };
  } else {
    const homePage = form.homePage.trim();
    const name = form.accountName.trim();
    const homeOk = isWebAddress(homePage);
    if (!homeOk) {
      problems.push({
        field: 'homePage',
        message: 'Give the address of the system the account is on, e.g. https://hr.example.com.',
      });
    }
    if (name === '') {
      problems.push({ field: 'accountName', message: 'Give the trainee’s account name there.' });
    }
    if (homeOk && name !== '') identity = { kind: 'account', homePage, name };
  }
  if (problems.length > 0 || identity === undefined || 'problem' in endpoint) {
    return { ok: false, problems };
  }
  const displayName = form.displayName.trim();
  return {
    ok: true,
    settings: {
      endpoint: endpoint.endpoint,
      authorization: basicAuthorization(form.key.trim(), form.secret),
      identity,
      ...(displayName === '' ? {} : { displayName }),
      source: 'manager',
    },
  };
}

/**
 * Names the LRS statements are for: the endpoint and a fingerprint of the credentials (not
 * the credentials themselves, which the outbox does not need to keep twice). Two tabs on
 * different settings each send only their own statements.
 */
export function destinationOf(settings: Pick<LrsSettings, 'endpoint' | 'authorization'>): string {
  // FNV-1a: enough to tell credentials apart; nothing here depends on it being secret.
  let hash = 0x811c9dc5;
  for (let i = 0; i < settings.authorization.length; i++) {
    hash ^= settings.authorization.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${settings.endpoint}#${hash.toString(16).padStart(8, '0')}`;
}
