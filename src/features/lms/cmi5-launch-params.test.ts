import { describe, expect, it } from 'vitest';
import { parseCmi5Launch } from './cmi5-launch-params.ts';

const ACTOR = {
  objectType: 'Agent',
  account: { homePage: 'https://lms.example.com', name: '1625378' },
};

function query(values: Record<string, string | string[]>): string {
  const params = new URLSearchParams({ lms: 'cmi5', scenario: 'into-the-email-void' });
  for (const [name, value] of Object.entries(values)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
  }
  return `?${params.toString()}`;
}

const GOOD = {
  endpoint: 'https://lrs.example.com/lrslistener',
  fetch: 'https://lms.example.com/tokenGen.htm?k=2390289x0',
  actor: JSON.stringify(ACTOR),
  registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
  activityId: 'https://lms.example.com/LA1/001/intro',
};

describe('parseCmi5Launch', () => {
  it('reads the five parameters, URL-decoded, and ends the endpoint with a slash', () => {
    expect(parseCmi5Launch(query(GOOD))).toEqual({
      ok: true,
      params: {
        endpoint: 'https://lrs.example.com/lrslistener/',
        fetch: 'https://lms.example.com/tokenGen.htm?k=2390289x0',
        actor: ACTOR,
        registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
        activityId: 'https://lms.example.com/LA1/001/intro',
      },
    });
  });

  it('keeps the learner name and accepts an actor without objectType', () => {
    const result = parseCmi5Launch(
      query({ ...GOOD, actor: JSON.stringify({ name: 'Megan', account: ACTOR.account }) }),
    );
    expect(result.ok && result.params.actor).toEqual({ ...ACTOR, name: 'Megan' });
  });

  it('names every missing parameter', () => {
    expect(parseCmi5Launch('?lms=cmi5&scenario=x')).toEqual({
      ok: false,
      problems: [
        'endpoint: missing from the launch URL',
        'fetch: missing from the launch URL',
        'actor: missing from the launch URL',
        'registration: missing from the launch URL',
        'activityId: missing from the launch URL',
      ],
    });
  });

  it('names each malformed parameter and what is wrong with it', () => {
    expect(
      parseCmi5Launch(
        query({
          endpoint: 'lrs.example.com',
          fetch: 'ftp://lms.example.com/t',
          actor: '{"account":',
          registration: '1234',
          activityId: 'intro',
        }),
      ),
    ).toEqual({
      ok: false,
      problems: [
        'endpoint: “lrs.example.com” is not an absolute URL',
        'fetch: “ftp://lms.example.com/t” is not an http(s) URL',
        'actor: it is not JSON (cmi5 sends the learner as a URL-encoded JSON Agent)',
        'registration: “1234” is not a UUID',
        'activityId: “intro” is not an absolute IRI',
      ],
    });
  });

  it('explains what an actor lacks', () => {
    const problem = (actor: unknown) => {
      const result = parseCmi5Launch(query({ ...GOOD, actor: JSON.stringify(actor) }));
      return result.ok ? 'ok' : result.problems;
    };
    expect(problem({ mbox: 'mailto:megan@example.com' })).toEqual([
      'actor: it has no account; cmi5 identifies the learner by an account {homePage, name}',
    ]);
    expect(problem({ objectType: 'Group', account: ACTOR.account })).toEqual([
      'actor: objectType is “Group”; cmi5 launches an Agent',
    ]);
    expect(problem({ account: { homePage: 'lms', name: 'x' } })).toEqual([
      'actor: account.homePage should be an absolute URL',
    ]);
    expect(problem({ account: { homePage: 'https://lms.example.com', name: ' ' } })).toEqual([
      'actor: account.name should be a non-empty string',
    ]);
    expect(problem([ACTOR])).toEqual(['actor: it should be a JSON object (an xAPI Agent)']);
  });

  it('refuses a parameter given twice rather than guessing', () => {
    const result = parseCmi5Launch(
      query({ ...GOOD, registration: [GOOD.registration, '00000000-0000-4000-8000-000000000000'] }),
    );
    expect(result).toEqual({
      ok: false,
      problems: ['registration: given 2 times in the launch URL; cmi5 sends it once'],
    });
  });
});
