import { describe, expect, it } from 'vitest';
import {
  basicAuthorization,
  normaliseEndpoint,
  settingsFromForm,
  type LrsForm,
} from './lrs-settings.ts';

const FORM: LrsForm = {
  endpoint: ' https://lrs.example.com/xapi ',
  key: 'key',
  secret: 'sécret',
  identityKind: 'email',
  email: 'grace@example.com',
  homePage: '',
  accountName: '',
  displayName: 'Grace Okafor',
};

describe('normaliseEndpoint', () => {
  it('trims and adds the trailing slash statements are resolved against', () => {
    expect(normaliseEndpoint(' https://lrs.example.com/xapi ')).toEqual({
      endpoint: 'https://lrs.example.com/xapi/',
    });
    expect(normaliseEndpoint('http://127.0.0.1:8080/data/xAPI/')).toEqual({
      endpoint: 'http://127.0.0.1:8080/data/xAPI/',
    });
  });

  it.each([
    ['', /Give the LRS endpoint/],
    ['lrs.example.com', /not a web address/],
    ['ftp://lrs.example.com/', /http or https/],
    ['https://lrs.example.com/xapi?x=1', /must not contain \? or #/],
    ['https://k:s@lrs.example.com/xapi', /own fields/],
  ])('refuses %j', (raw, message) => {
    const result = normaliseEndpoint(raw);
    expect('problem' in result && result.problem).toMatch(message);
  });
});

describe('basicAuthorization', () => {
  it('encodes the key and secret as UTF-8', () => {
    expect(basicAuthorization('key', 'sécret')).toBe(
      `Basic ${Buffer.from('key:sécret', 'utf8').toString('base64')}`,
    );
  });
});

describe('settingsFromForm', () => {
  it('gives settings for a complete form', () => {
    expect(settingsFromForm(FORM)).toEqual({
      ok: true,
      settings: {
        endpoint: 'https://lrs.example.com/xapi/',
        authorization: basicAuthorization('key', 'sécret'),
        identity: { kind: 'email', email: 'grace@example.com' },
        displayName: 'Grace Okafor',
        source: 'manager',
      },
    });
  });

  it('names every problem of a form by its field', () => {
    const result = settingsFromForm({
      ...FORM,
      endpoint: 'nope',
      key: ' ',
      secret: '',
      email: 'grace',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(['endpoint', 'key', 'secret', 'email']);
    expect(result.problems[3]?.message).toBe('“grace” is not an email address.');
  });

  it('accepts an account instead of an email, and checks both of its parts', () => {
    const account = { ...FORM, identityKind: 'account' as const, displayName: '' };
    expect(
      settingsFromForm({ ...account, homePage: 'https://hr.example.com', accountName: 'g.ok' }),
    ).toMatchObject({
      ok: true,
      settings: { identity: { kind: 'account', homePage: 'https://hr.example.com', name: 'g.ok' } },
    });
    const missing = settingsFromForm({ ...account, homePage: 'hr', accountName: '' });
    expect(!missing.ok && missing.problems.map((p) => p.field)).toEqual([
      'homePage',
      'accountName',
    ]);
  });
});
