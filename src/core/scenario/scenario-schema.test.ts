import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ScenarioSchemaOutput } from './scenario-schema.ts';
import type { Scenario } from './scenario-types.ts';
import { validateScenario } from './validate-scenario.ts';

const base = {
  format: 'cx-scenario/1',
  id: 'tiny',
  title: 'Tiny',
  channel: 'chat',
  difficulty: 1,
  minutes: 1,
  customer: { name: 'Ann', mood: 50 },
};

/** The messages (with paths) for a machine whose `asks` state holds one transition. */
function messagesFor(transition: unknown): string[] {
  const result = validateScenario({
    ...base,
    machine: { id: 'tiny', initial: 'asks', states: { asks: { on: { go: transition } } } },
  });
  return result.ok ? [] : result.problems.map((p) => `${p.path.join('.')}: ${p.message}`);
}

describe('scenario schema', () => {
  it('outputs exactly the Scenario type', () => {
    expectTypeOf<ScenarioSchemaOutput>().toExtend<Scenario>();
  });

  it('names unknown, missing and misspelt vocabulary in plain words', () => {
    const at = 'machine.states.asks.on.go';
    expect(messagesFor({ target: 'b', guard: { params: {} } })).toEqual([
      `${at}.guard.type: the guard needs a 'type': one of moodAtLeast, moodBelow, flag, all, any`,
    ]);
    expect(messagesFor({ target: 'b', guard: { type: 'and', params: { guards: [] } } })).toEqual([
      `${at}.guard.type: unknown guard 'and' - did you mean 'all'?`,
    ]);
    expect(
      messagesFor({
        target: 'b',
        guard: { type: 'all', params: { guards: [{ type: 'flg', params: { flag: 'x' } }] } },
      }),
    ).toEqual([`${at}.guard.params.guards.0.type: unknown guard 'flg' - did you mean 'flag'?`]);
    expect(messagesFor({ target: 'b', actions: 'setFlag' })).toEqual([
      `${at}.actions: 'actions' must be an action ({ type, params }) or a list of actions, not 'setFlag'`,
    ]);
    expect(
      messagesFor({ target: 'b', actions: [{ type: 'setFlag', params: { flag: 'x', value: 1 } }] }),
    ).toEqual([
      `${at}.actions.0.params.value: unknown key 'value' in 'params': allowed keys are flag`,
    ]);
    expect(messagesFor({ target: 'b', meta: { reply: 'x', tone: 'nice' } })).toEqual([
      `${at}.meta.tone: 'tone' must be a number from -2 to 2, not 'nice'`,
    ]);
    expect(messagesFor([])).toEqual([`${at}: 'go' must list at least one transition`]);
    expect(messagesFor(7)).toEqual([
      `${at}: 'go' must be a target state name, a transition ({ target, meta }) or a list of transitions, not 7`,
    ]);
  });

  it('names XState features outside format 1', () => {
    const result = validateScenario({
      ...base,
      machine: {
        id: 'tiny',
        initial: 'asks',
        states: { asks: { onDone: 'x', spawn: 'y', history: 'shallow' } },
      },
    });
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
      "'onDone' is not supported in format 1: endings are top-level final states",
      "'spawn' is not supported in format 1: scenario files cannot start actors",
      'history states are not supported in format 1',
    ]);
  });
});
