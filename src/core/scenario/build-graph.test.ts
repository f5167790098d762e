import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph.ts';
import type { MachineConfig } from './scenario-types.ts';

const reply = (text: string) => ({ reply: text });

const phased: MachineConfig = {
  id: 'shop',
  initial: 'greeting',
  states: {
    greeting: { meta: { customer: 'Hi' }, on: { help: { target: 'talk', meta: reply('Hello') } } },
    talk: {
      initial: 'ask',
      on: { escalate: { target: '#shop.lost', meta: reply('Let me get my manager') } },
      states: {
        ask: {
          meta: { customer: 'Where is it?' },
          on: { look: { target: 'found', meta: reply('Checking') } },
        },
        found: {
          id: 'found-it',
          meta: { customer: 'Thanks' },
          on: { bye: { target: '#shop.happy', meta: reply('Bye') } },
        },
      },
    },
    happy: { type: 'final', meta: { ending: { title: 'Happy', retained: true, review: 5 } } },
    lost: { type: 'final', meta: { ending: { title: 'Lost', retained: false, review: 1 } } },
  },
};

describe('buildGraph', () => {
  it('gives default dotted ids and honours custom ids', () => {
    const { graph, problems } = buildGraph(phased);
    expect(problems).toEqual([]);
    expect(graph?.order).toEqual([
      'shop',
      'shop.greeting',
      'shop.talk',
      'shop.talk.ask',
      'found-it',
      'shop.happy',
      'shop.lost',
    ]);
    expect(graph?.states.get('shop.talk')?.initial).toBe('shop.talk.ask');
    expect(graph?.states.get('shop.talk')?.kind).toBe('compound');
  });

  it('resolves sibling, #id and path targets as XState does', () => {
    const { graph } = buildGraph(phased);
    const target = (state: string, event: string) =>
      graph?.states.get(state)?.options.find((o) => o.event === event)?.branches[0]?.target;
    expect(target('shop.greeting', 'help')).toBe('shop.talk');
    expect(target('shop.talk', 'escalate')).toBe('shop.lost');
    expect(target('shop.talk.ask', 'look')).toBe('found-it');
    expect(target('found-it', 'bye')).toBe('shop.happy');
  });

  it('reports an unknown target with a suggestion and its path', () => {
    const broken: MachineConfig = {
      ...phased,
      states: {
        ...phased.states,
        greeting: { meta: { customer: 'Hi' }, on: { help: { target: 'hapy', meta: reply('x') } } },
      },
    };
    const { problems } = buildGraph(broken);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'unknown-target',
        path: ['machine', 'states', 'greeting', 'on', 'help', 'target'],
        message: "unknown state 'hapy' at the top level - did you mean 'happy'?",
      }),
    ]);
  });

  it('rejects a plain target from the root, like XState', () => {
    const rootOption: MachineConfig = {
      ...phased,
      on: { quit: { target: 'lost', meta: reply('Bye') } },
    };
    expect(buildGraph(rootOption).problems[0]?.message).toMatch(/did you mean '\.lost'/);
  });

  it('reports a compound state without initial, and nested endings', () => {
    const bad: MachineConfig = {
      id: 'm',
      initial: 'a',
      states: {
        a: {
          states: {
            x: { type: 'final', meta: { ending: { title: 'x', retained: true, review: 3 } } },
          },
        },
      },
    };
    const codes = buildGraph(bad)
      .problems.map((p) => p.code)
      .sort();
    expect(codes).toEqual(['missing-initial', 'nested-final']);
  });

  it('orders timeouts by delay', () => {
    const timed: MachineConfig = {
      ...phased,
      states: {
        ...phased.states,
        greeting: { ...phased.states?.greeting, after: { 90000: 'lost', 30000: 'happy' } },
      },
    };
    const delays = buildGraph(timed)
      .graph?.states.get('shop.greeting')
      ?.timeouts.map((t) => t.delay);
    expect(delays).toEqual([30000, 90000]);
  });
});
