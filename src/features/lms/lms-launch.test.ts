import { describe, expect, it } from 'vitest';
import { lmsLaunchHref, readLmsLaunch } from './lms-launch.ts';

describe('readLmsLaunch', () => {
  it('reads the standard and the scenario, also among the parameters cmi5 appends', () => {
    expect(readLmsLaunch('?lms=scorm12&scenario=into-the-email-void')).toEqual({
      kind: 'launch',
      launch: { kind: 'scorm12', scenarioId: 'into-the-email-void' },
    });
    expect(
      readLmsLaunch(
        `?lms=cmi5&scenario=the-angry-caller&endpoint=${encodeURIComponent('https://lrs/')}&registration=x`,
      ),
    ).toEqual({
      kind: 'launch',
      launch: { kind: 'cmi5', scenarioId: 'the-angry-caller' },
    });
  });

  it('is nothing for a visit without lms=', () => {
    expect(readLmsLaunch('')).toEqual({ kind: 'none' });
    expect(readLmsLaunch('?scenario=x')).toEqual({ kind: 'none' });
  });

  it('names what is wrong with a launch URL', () => {
    expect(readLmsLaunch('?lms=scorm2004&scenario=x')).toEqual({
      kind: 'invalid',
      problem: 'lms: “scorm2004” is not a standard this app speaks (scorm12 or cmi5).',
    });
    expect(readLmsLaunch('?lms=cmi5')).toEqual({
      kind: 'invalid',
      problem: 'scenario: the launch URL does not say which scenario to play.',
    });
    expect(readLmsLaunch('?lms=cmi5&lms=scorm12&scenario=x').kind).toBe('invalid');
    expect(readLmsLaunch('?lms=cmi5&scenario=a&scenario=b').kind).toBe('invalid');
  });
});

describe('lmsLaunchHref', () => {
  it('is the relative page with our two parameters, which read back', () => {
    const href = lmsLaunchHref('cmi5', 'a&b');
    expect(href).toBe('index.html?lms=cmi5&scenario=a%26b');
    expect(readLmsLaunch(href.slice(href.indexOf('?')))).toEqual({
      kind: 'launch',
      launch: { kind: 'cmi5', scenarioId: 'a&b' },
    });
  });
});
