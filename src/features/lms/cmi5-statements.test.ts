import { describe, expect, it } from 'vitest';
import { CMI5_CATEGORY, cmi5Context, cmi5Statement, isoDuration } from './cmi5-statements.ts';

describe('isoDuration', () => {
  it('writes hours, minutes and seconds to the hundredth, leaving out empty parts', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(12_345)).toBe('PT12.35S');
    expect(isoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(isoDuration(60_000)).toBe('PT1M0S');
    expect(isoDuration(-1)).toBe('PT0S');
  });
});

describe('cmi5Context', () => {
  it('keeps the whole template, adds the registration and appends the cmi5 category', () => {
    const template = {
      contextActivities: {
        grouping: [{ id: 'https://pub.example/au' }],
        category: [{ id: 'https://lms.example/cat' }],
      },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' },
    };
    const context = cmi5Context(template, 'reg');
    expect(context).toEqual({
      registration: 'reg',
      contextActivities: {
        grouping: [{ id: 'https://pub.example/au' }],
        category: [{ id: 'https://lms.example/cat' }, { id: CMI5_CATEGORY }],
      },
      extensions: { 'https://w3id.org/xapi/cmi5/context/extensions/sessionid': 's-1' },
    });
    expect(template.contextActivities.category).toHaveLength(1);
  });
});

describe('cmi5Statement', () => {
  it('makes a Terminated statement about the AU, with a duration and a fresh id', () => {
    const params = {
      endpoint: 'https://lrs.example/',
      fetch: 'https://lms.example/f',
      actor: {
        objectType: 'Agent' as const,
        account: { homePage: 'https://lms.example', name: 'u1' },
      },
      registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
      activityId: 'https://lms.example/au/1',
    };
    const at = new Date('2026-11-22T10:00:00.000Z');
    const a = cmi5Statement({ params, contextTemplate: undefined }, 'terminated', at, 61_500);
    const b = cmi5Statement({ params, contextTemplate: undefined }, 'terminated', at, 61_500);
    expect(a).toMatchObject({
      actor: params.actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/terminated' },
      object: { objectType: 'Activity', id: 'https://lms.example/au/1' },
      result: { duration: 'PT1M1.5S' },
      timestamp: '2026-11-22T10:00:00.000Z',
      context: {
        registration: params.registration,
        contextActivities: { category: [{ id: CMI5_CATEGORY }] },
      },
    });
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.id).not.toBe(b.id);
    expect(
      cmi5Statement({ params, contextTemplate: undefined }, 'initialized', at),
    ).not.toHaveProperty('result');
  });
});
