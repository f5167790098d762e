import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../core/analysis/check-scenario.ts';
import { stateAtLine, stateLines } from './state-at-line.ts';

/** A file whose phase has shared options written after its turns. */
const TEXT = `format: cx-scenario/1
id: phases
title: Phases
channel: chat
difficulty: 1
minutes: 2
skills: [tone]
customer:
  name: Ana
  mood: 50
scoring:
  weights: { tone: 100, promptness: 0, extraMile: 0 }
  pass: 50
machine:
  id: phases
  initial: talk
  states:
    talk:
      initial: ask
      states:
        ask:
          meta:
            customer: Hello?
          on:
            greet:
              target: "#phases.done"
              meta: { reply: Hi there, tone: 2 }
      on:
        leave:
          target: "#phases.gone"
          meta: { reply: Bye, tone: -2 }
      after:
        "60000":
          target: "#phases.gone"
    done:
      type: final
      meta:
        ending: { title: Helped, review: 5, retained: true }
    gone:
      type: final
      meta:
        ending: { title: Left, review: 1, retained: false }
`;

const lineOf = (text: string, from = 0) =>
  TEXT.slice(0, TEXT.indexOf(text, from)).split('\n').length;

describe('stateAtLine', () => {
  const checked = checkScenario(TEXT, 'phases.yaml');
  if (!checked.ok) throw new Error(checked.diagnostics[0]?.message);
  const lines = stateLines(checked.loaded.graph, checked.locate);
  const at = (line: number) => stateAtLine(lines, line)?.split('.').pop();

  it('finds the innermost state on a turn’s lines', () => {
    expect(at(lineOf('ask:'))).toBe('ask');
    expect(at(lineOf('customer: Hello?'))).toBe('ask');
    expect(at(lineOf('meta: { reply: Hi there'))).toBe('ask');
  });

  it('gives the phase its own lines after its turns, not its last turn', () => {
    expect(at(lineOf('talk:'))).toBe('talk');
    expect(at(lineOf('leave:'))).toBe('talk');
    expect(at(lineOf('"60000":'))).toBe('talk');
  });

  it('gives later states their lines, and no state to lines outside every state', () => {
    expect(at(lineOf('title: Helped'))).toBe('done');
    expect(at(lineOf('title: Left'))).toBe('gone');
    expect(at(lineOf('title: Phases'))).toBeUndefined();
    expect(at(lineOf('pass: 50'))).toBeUndefined();
  });
});
