import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph.ts';
import { graphRules } from './graph-rules.ts';
import type { MachineConfig, StateConfig } from './scenario-types.ts';

const end: StateConfig = {
  type: 'final',
  meta: { ending: { title: 'End', retained: true, review: 5 } },
};
const to = (target: string) => ({ target, meta: { reply: `go to ${target}` } });

function problems(machine: MachineConfig): string[] {
  const { graph, problems: built } = buildGraph(machine);
  if (graph === undefined || built.length > 0) throw new Error(JSON.stringify(built));
  return graphRules(graph, []).map((p) => `${p.severity} ${p.code} ${p.path.join('.')}`);
}

describe('graphRules', () => {
  it('counts options inherited from a compound state', () => {
    const machine: MachineConfig = {
      id: 'm',
      initial: 'phase',
      states: {
        phase: {
          initial: 'a',
          on: { escalate: to('#m.done') },
          states: {
            a: { meta: { customer: 'Hi' }, on: { next: to('b') } },
            b: { meta: { customer: 'Bye' }, on: { back: to('a') } },
          },
        },
        done: end,
      },
    };
    expect(problems(machine)).toEqual([]);
  });

  it('needs no customer text where an ancestor always moves on', () => {
    const machine: MachineConfig = {
      id: 'm',
      initial: 'pass',
      states: {
        pass: { initial: 'inner', always: { target: 'done' }, states: { inner: {} } },
        done: end,
      },
    };
    expect(problems(machine)).toEqual([]);
  });

  it('reports only the topmost state of an unreachable branch', () => {
    const machine: MachineConfig = {
      id: 'm',
      initial: 'a',
      states: {
        a: { meta: { customer: 'Hi' }, on: { x: to('done'), y: to('done') } },
        lost: {
          initial: 'inner',
          states: {
            inner: { meta: { customer: '?' }, on: { x: to('#m.done'), y: to('#m.done') } },
          },
        },
        done: end,
      },
    };
    expect(problems(machine)).toEqual(['error unreachable-state machine.states.lost']);
  });

  it('finds eventless self-loops, including a compound always into its own child', () => {
    const self: MachineConfig = {
      id: 'm',
      initial: 'a',
      states: {
        a: {
          meta: { customer: 'Hi' },
          always: [{ guard: { type: 'moodBelow', params: { value: 10 } }, target: 'a' }],
          on: { x: to('done'), y: to('done') },
        },
        done: end,
      },
    };
    expect(problems(self)).toEqual(['error eventless-loop machine.states.a.always.0']);
    const inner: MachineConfig = {
      id: 'm',
      initial: 'p',
      states: {
        p: { initial: 'c', always: { target: '.c' }, states: { c: { on: { x: to('#m.done') } } } },
        done: end,
      },
    };
    expect(problems(inner)).toEqual(['error eventless-loop machine.states.p.always']);
  });

  it('reports a trap that only goes round, but not the states that can still end', () => {
    const machine: MachineConfig = {
      id: 'm',
      initial: 'a',
      states: {
        a: { meta: { customer: 'Hi' }, on: { x: to('b'), y: to('done') } },
        b: { meta: { customer: 'Again' }, on: { x: to('c'), y: to('c') } },
        c: { meta: { customer: 'And again' }, on: { x: to('b'), y: to('b') } },
        done: end,
      },
    };
    expect(problems(machine)).toEqual([
      'error trap machine.states.b',
      'error trap machine.states.c',
    ]);
  });
});
