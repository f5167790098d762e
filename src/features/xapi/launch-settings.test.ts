import { describe, expect, it } from 'vitest';
import { settingsFromLaunch } from './launch-settings.ts';

const q = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;
const AGENT = JSON.stringify({
  objectType: 'Agent',
  name: 'Grace',
  mbox: 'mailto:grace@example.com',
});

describe('settingsFromLaunch', () => {
  it('is nothing without an endpoint (a normal visit)', () => {
    expect(settingsFromLaunch('')).toEqual({ kind: 'none' });
    expect(settingsFromLaunch('?scenario=x')).toEqual({ kind: 'none' });
  });

  it('reads the endpoint, credentials, actor, registration and activity', () => {
    const result = settingsFromLaunch(
      q({
        endpoint: 'https://lrs.example.com/xapi',
        auth: 'Basic a2V5OnNlY3JldA==',
        actor: AGENT,
        registration: '0e2b6a4c-5c1d-4e7f-9a3b-2c1d0e9f8a7b',
        activity_id: 'https://training.example.com/extra-mile',
      }),
    );
    expect(result).toEqual({
      kind: 'settings',
      settings: {
        endpoint: 'https://lrs.example.com/xapi/',
        authorization: 'Basic a2V5OnNlY3JldA==',
        identity: { kind: 'email', email: 'grace@example.com' },
        displayName: 'Grace',
        source: 'launch',
        registration: '0e2b6a4c-5c1d-4e7f-9a3b-2c1d0e9f8a7b',
        activityId: 'https://training.example.com/extra-mile',
      },
    });
  });

  it('reads the older Tin Can actor, where every value is a list', () => {
    const actor = JSON.stringify({
      name: ['Grace'],
      account: [{ accountServiceHomePage: 'https://hr.example.com', accountName: 'g.ok' }],
    });
    const result = settingsFromLaunch(
      q({ endpoint: 'https://l.example/x/', auth: 'Basic x', actor }),
    );
    expect(result).toMatchObject({
      kind: 'settings',
      settings: { identity: { kind: 'account', homePage: 'https://hr.example.com', name: 'g.ok' } },
    });
  });

  it.each([
    [{ endpoint: 'nope', auth: 'Basic x', actor: AGENT }, /^endpoint: /],
    [{ endpoint: 'https://l.example/', actor: AGENT }, /^auth: the launch gave no credentials/],
    [{ endpoint: 'https://l.example/', auth: 'Basic x' }, /^actor: the launch did not say/],
    [{ endpoint: 'https://l.example/', auth: 'Basic x', actor: '{' }, /^actor: it is not JSON/],
    [{ endpoint: 'https://l.example/', auth: 'Basic x', actor: '[1]' }, /^actor: it should be/],
    [
      { endpoint: 'https://l.example/', auth: 'Basic x', actor: '{"mbox":"grace@example.com"}' },
      /^actor: mbox “grace@example.com” should be mailto:/,
    ],
    [
      { endpoint: 'https://l.example/', auth: 'Basic x', actor: '{"account":{"name":"g"}}' },
      /^actor: its account needs both/,
    ],
    [
      { endpoint: 'https://l.example/', auth: 'Basic x', actor: '{"name":"G"}' },
      /^actor: it names the trainee by neither/,
    ],
    [
      { endpoint: 'https://l.example/', auth: 'Basic x', actor: AGENT, registration: 'r1' },
      /^registration: “r1” is not a UUID/,
    ],
    [
      { endpoint: 'https://l.example/', auth: 'Basic x', actor: AGENT, activity_id: 'scenario 1' },
      /^activity_id: /,
    ],
  ])('names what is wrong with %j', (params, message) => {
    const result = settingsFromLaunch(q(params));
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(message);
  });
});
