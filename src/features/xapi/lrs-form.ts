import type { LrsForm, LrsSettings } from './lrs-settings.ts';

/** An empty form. */
const EMPTY: LrsForm = {
  endpoint: '',
  key: '',
  secret: '',
  identityKind: 'email',
  email: '',
  homePage: '',
  accountName: '',
  displayName: '',
};

/** Key and secret back from a Basic authorization (UTF-8); empty for other schemes. */
function credentialsOf(authorization: string): { key: string; secret: string } {
  const match = /^Basic\s+(.+)$/i.exec(authorization.trim());
  if (match?.[1] === undefined) return { key: '', secret: '' };
  try {
    const binary = atob(match[1]);
    const text = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const colon = text.indexOf(':');
    return colon < 0
      ? { key: text, secret: '' }
      : { key: text.slice(0, colon), secret: text.slice(colon + 1) };
  } catch {
    return { key: '', secret: '' };
  }
}

/** The form showing saved settings (empty when there are none), so a manager can change them. */
export function formFromSettings(settings: LrsSettings | undefined): LrsForm {
  if (settings === undefined) return { ...EMPTY };
  const { key, secret } = credentialsOf(settings.authorization);
  const { identity } = settings;
  return {
    endpoint: settings.endpoint,
    key,
    secret,
    identityKind: identity.kind,
    email: identity.kind === 'email' ? identity.email : '',
    homePage: identity.kind === 'account' ? identity.homePage : '',
    accountName: identity.kind === 'account' ? identity.name : '',
    displayName: settings.displayName ?? '',
  };
}
