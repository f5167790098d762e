import { describe, expect, it } from 'vitest';
import { loadScenario } from './load-scenario.ts';
import { flagNames } from './flag-names.ts';

const TEXT = `format: cx-scenario/1
id: flags
title: Flags
channel: chat
difficulty: 1
minutes: 2
skills: [tone]
customer: { name: Ana, mood: 50 }
machine:
  id: flags
  initial: asks
  context: { declared: false }
  states:
    asks:
      meta: { customer: Hello? }
      entry: [{ type: setFlag, params: { flag: entered } }]
      on:
        help:
          target: decide
          actions: [{ type: setFlag, params: { flag: helped } }]
          meta: { reply: Hi, tone: 1 }
        shrug:
          target: decide
          meta: { reply: Hm, tone: -1 }
    decide:
      always:
        - guard: { type: all, params: { guards: [{ type: flag, params: { flag: helped } }, { type: flag, params: { flag: vip } }] } }
          target: happy
        - target: sad
    happy:
      type: final
      meta: { ending: { title: Happy, retained: true, review: 5 } }
    sad:
      type: final
      meta: { ending: { title: Sad, retained: false, review: 1 } }
`;

describe('flagNames', () => {
  it('names declared flags, flags guards read and flags actions set, sorted', () => {
    const result = loadScenario(TEXT, 'scenarios/flags.yaml');
    if (!result.ok) throw new Error(result.diagnostics.map((d) => d.message).join('; '));
    expect(flagNames(result.loaded)).toEqual(['declared', 'entered', 'helped', 'vip']);
  });
});
