import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph.ts';
import type { ScenarioGraph } from './graph-types.ts';
import type { MachineConfig } from './scenario-types.ts';
import { isStuck, openOptions, openTimeouts, start, take, type Settled } from './semantics.ts';
import { evaluateGuard } from './engine-vocabulary.ts';

const ending = (title: string) => ({
  type: 'final' as const,
  meta: { ending: { title, retained: true, review: 3 } },
});

const machine: MachineConfig = {
  id: 'm',
  initial: 'phase',
  context: { promised: false },
  states: {
    phase: {
      initial: 'first',
      entry: { type: 'addMood', params: { value: -5 } },
      on: { quit: { target: '#m.gone', meta: { reply: 'Goodbye' } } },
      after: { 60000: '#m.gone' },
      states: {
        first: {
          meta: { customer: 'Hello?' },
          on: {
            warm: {
              target: 'decide',
              meta: { reply: 'Hi!', mood: 30 },
              actions: [{ type: 'setFlag', params: { flag: 'promised' } }],
            },
            cold: { target: 'decide', meta: { reply: 'What?', mood: -30 } },
            quit: {
              guard: { type: 'flag', params: { flag: 'promised' } },
              target: 'decide',
              meta: { reply: 'never open' },
            },
          },
          after: { 20000: { target: 'decide', meta: { mood: -10 } } },
        },
        decide: {
          always: [
            { guard: { type: 'moodAtLeast', params: { value: 60 } }, target: '#m.happy' },
            { target: '#m.meh' },
          ],
        },
      },
    },
    happy: ending('happy'),
    meh: ending('meh'),
    gone: ending('gone'),
  },
};

function graphOf(config: MachineConfig): ScenarioGraph {
  const { graph } = buildGraph(config);
  if (graph === undefined) throw new Error('no graph');
  return graph;
}

function settled(result: ReturnType<typeof start>): Settled {
  if (isStuck(result)) throw new Error('stuck');
  return result;
}

describe('semantics', () => {
  const graph = graphOf(machine);
  const initial = settled(start(graph, { mood: 50, flags: { promised: false } }));

  it('enters the initial leaf running entry actions', () => {
    expect(initial.leaf).toBe('m.phase.first');
    expect(initial.context.mood).toBe(45);
  });

  it('lets a child option shadow the parent only when its guard passes', () => {
    const events = openOptions(graph, initial.leaf, initial.context).map((o) => [
      o.event,
      o.transition.source,
    ]);
    expect(events).toEqual([
      ['warm', 'm.phase.first'],
      ['cold', 'm.phase.first'],
      ['quit', 'm.phase'],
    ]);
    const promised = { ...initial.context, flags: { promised: true } };
    const quit = openOptions(graph, initial.leaf, promised).find((o) => o.event === 'quit');
    expect(quit?.transition.source).toBe('m.phase.first');
  });

  it('applies meta.mood before eventless guards', () => {
    const warm = openOptions(graph, initial.leaf, initial.context).find((o) => o.event === 'warm');
    if (warm === undefined) throw new Error('warm not open');
    const after = settled(take(graph, initial.leaf, initial.context, warm.transition));
    expect(after.leaf).toBe('m.happy');
    expect(after.context).toEqual({ mood: 75, flags: { promised: true } });
    expect(after.via).toEqual(['m.phase.decide']);
  });

  it('clamps mood to 0..100', () => {
    const cold = openOptions(graph, initial.leaf, { mood: 10, flags: {} }).find(
      (o) => o.event === 'cold',
    );
    if (cold === undefined) throw new Error('cold not open');
    expect(
      settled(take(graph, initial.leaf, { mood: 10, flags: {} }, cold.transition)).context.mood,
    ).toBe(0);
  });

  it('lists one timeout per declaring node, innermost first', () => {
    const timeouts = openTimeouts(graph, initial.leaf, initial.context).map((t) => [
      t.delay,
      t.declaredOn,
    ]);
    expect(timeouts).toEqual([
      [20000, 'm.phase.first'],
      [60000, 'm.phase'],
    ]);
  });

  it('evaluates all/any guards', () => {
    const context = { mood: 40, flags: { a: true } };
    expect(
      evaluateGuard(
        {
          type: 'all',
          params: {
            guards: [
              { type: 'flag', params: { flag: 'a' } },
              { type: 'moodBelow', params: { value: 50 } },
            ],
          },
        },
        context,
      ),
    ).toBe(true);
    expect(
      evaluateGuard(
        {
          type: 'any',
          params: {
            guards: [
              { type: 'flag', params: { flag: 'b' } },
              { type: 'moodAtLeast', params: { value: 50 } },
            ],
          },
        },
        context,
      ),
    ).toBe(false);
  });

  it('reports an eventless loop instead of hanging', () => {
    const loop = graphOf({
      id: 'l',
      initial: 'a',
      states: { a: { always: { target: 'b' } }, b: { always: { target: 'a' } } },
    });
    expect(isStuck(start(loop, { mood: 50, flags: {} }))).toBe(true);
  });
});
