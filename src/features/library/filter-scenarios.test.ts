import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../core/scenario/scenario-types.ts';
import type { ScenarioCard } from '../../core/scenario/shipped-scenario.ts';
import {
  NO_FILTER,
  channelsOf,
  filterScenarios,
  isFiltered,
  resultCountText,
  skillsOf,
} from './filter-scenarios.ts';
import { skillLabel } from './skill-names.ts';
import { ONE_TURN } from './testing/attempt-fixtures.ts';

function scenario(id: string, overrides: Partial<Scenario>): Scenario {
  return { ...ONE_TURN.scenario, id, title: id, ...overrides };
}

const LIBRARY = [
  scenario('void', {
    title: 'Into the email void',
    channel: 'email',
    summary: 'An order question nobody answered.',
    customer: { name: 'Megan Hollis', mood: 50 },
    skills: ['tone', 'promptness', 'email', 'order-queries'],
  }),
  scenario('run', {
    title: 'Will it run on my computer?',
    channel: 'chat',
    summary: 'A nervous buyer asks about system requirements.',
    customer: { name: 'Harold Benning', mood: 50 },
    skills: ['tone', 'extraMile', 'live-chat', 'nervous-customers'],
  }),
  scenario('charged', {
    title: 'Charged after two weeks',
    channel: 'email',
    customer: { name: 'Zoë Okafor', mood: 50 },
    skills: ['promptness', 'billing-disputes'],
  }),
];

const ids = (list: readonly ScenarioCard[]) => list.map((s) => s.id);

describe('filterScenarios', () => {
  it('shows everything, in library order, with no filter', () => {
    expect(ids(filterScenarios(LIBRARY, NO_FILTER))).toEqual(['void', 'run', 'charged']);
  });

  it('narrows by channel', () => {
    expect(ids(filterScenarios(LIBRARY, { ...NO_FILTER, channel: 'chat' }))).toEqual(['run']);
    expect(ids(filterScenarios(LIBRARY, { ...NO_FILTER, channel: 'phone' }))).toEqual([]);
  });

  it('keeps scenarios training any of the chosen skills', () => {
    const filter = { ...NO_FILTER, skills: ['billing-disputes', 'live-chat'] };
    expect(ids(filterScenarios(LIBRARY, filter))).toEqual(['run', 'charged']);
  });

  it('searches title, summary, customer name and skills, every word, any case or accent', () => {
    const search = (query: string) => ids(filterScenarios(LIBRARY, { ...NO_FILTER, query }));
    expect(search('VOID')).toEqual(['void']);
    expect(search('system requirements')).toEqual(['run']);
    expect(search('harold')).toEqual(['run']);
    expect(search('zoe')).toEqual(['charged']);
    expect(search('billing disputes')).toEqual(['charged']);
    expect(search('extra mile')).toEqual(['run']);
    expect(search('  email  order ')).toEqual(['void']);
    expect(search('email nervous')).toEqual([]);
  });

  it('combines channel, skills and search', () => {
    const filter = { channel: 'email' as const, skills: ['promptness'], query: 'weeks' };
    expect(ids(filterScenarios(LIBRARY, filter))).toEqual(['charged']);
  });
});

describe('filter helpers', () => {
  it('knows when something narrows the library', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, query: '   ' })).toBe(false);
    expect(isFiltered({ ...NO_FILTER, query: 'x' })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, skills: ['tone'] })).toBe(true);
    expect(isFiltered({ ...NO_FILTER, channel: 'email' })).toBe(true);
  });

  it('offers present channels in the usual order and skills with dimensions first', () => {
    expect(channelsOf(LIBRARY)).toEqual(['email', 'chat']);
    expect(skillsOf(LIBRARY)).toEqual([
      'tone',
      'promptness',
      'extraMile',
      'billing-disputes',
      'email',
      'live-chat',
      'nervous-customers',
      'order-queries',
    ]);
  });

  it('names skills for people', () => {
    expect(skillLabel('extraMile')).toBe('Extra mile');
    expect(skillLabel('live-chat')).toBe('Live chat');
    expect(skillLabel('billing-disputes')).toBe('Billing disputes');
  });

  it('words the result count', () => {
    expect(resultCountText(3, 3)).toBe('Showing all 3 scenarios');
    expect(resultCountText(1, 1)).toBe('Showing the only scenario');
    expect(resultCountText(2, 3)).toBe('Showing 2 of 3 scenarios');
    expect(resultCountText(0, 3)).toBe('No scenarios match these filters (0 of 3)');
  });
});
