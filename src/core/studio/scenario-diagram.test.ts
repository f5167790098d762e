import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../analysis/analyse-scenario.ts';
import { endingState, loadedFrom } from '../testing/loaded-from.ts';
import type { StateConfig } from '../scenario/scenario-types.ts';
import type { ScenarioDiagram } from './diagram-types.ts';
import { buildScenarioDiagram } from './scenario-diagram.ts';

const kept3: StateConfig = {
  type: 'final',
  meta: { ending: { title: 'Stays, unimpressed', retained: true, review: 3 } },
};

/** greet → (good: eventless mood branch → happy | cool) | (bad → lost) | wait → lost; orphan unreachable; stuck is a trap. */
const branching = loadedFrom({
  id: 'branching',
  initial: 'greet',
  states: {
    greet: {
      meta: { customer: 'My parcel never arrived and nobody answers my emails.' },
      on: {
        good: {
          target: 'check',
          meta: {
            reply: 'I am so sorry, let me trace it right now and call you back within the hour.',
            tone: 2,
            promptness: 1,
            extraMile: 2,
            mood: 30,
          },
        },
        bad: { target: 'lost', meta: { reply: 'Please wait.', tone: -2, mood: -30 } },
        shrug: { target: 'stuck', meta: { reply: 'Hm.', tone: -1 } },
      },
      after: { 30000: { target: 'lost', meta: { promptness: -2 } } },
    },
    check: {
      always: [
        { guard: { type: 'moodAtLeast', params: { value: 60 } }, target: 'happy' },
        { target: 'cool' },
      ],
    },
    stuck: { meta: { customer: 'Well?' } },
    orphan: {
      meta: { customer: 'Nobody gets here.' },
      on: { ok: { target: 'happy', meta: { reply: 'Ok' } } },
    },
    happy: endingState('Delighted'),
    cool: kept3,
    lost: endingState('Gone', false),
  },
});

function node(d: ScenarioDiagram, id: string) {
  const found = d.nodes.find((n) => n.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
}

describe('buildScenarioDiagram', () => {
  it('draws a node per state with its kind, words and the path to its text', () => {
    const d = buildScenarioDiagram(branching);
    expect(d.nodes.map((n) => [n.id, n.kind])).toEqual([
      ['branching.greet', 'turn'],
      ['branching.check', 'branch'],
      ['branching.stuck', 'turn'],
      ['branching.orphan', 'turn'],
      ['branching.happy', 'ending'],
      ['branching.cool', 'ending'],
      ['branching.lost', 'ending'],
    ]);
    const greet = node(d, 'branching.greet');
    expect(greet.start).toBe(true);
    expect(greet.name).toBe('greet');
    expect(greet.path).toEqual(['machine', 'states', 'greet']);
    expect(greet.text.endsWith('\u2026')).toBe(true);
    expect(greet.text.length).toBeLessThanOrEqual(40);
    expect(d.analysed).toBe(false);
    expect(greet.flags).toEqual({ unreachable: false, trap: false, noWayOut: false });
  });

  it('colours endings by outcome: delighted, cool, lost', () => {
    const d = buildScenarioDiagram(branching);
    expect(node(d, 'branching.happy').ending).toEqual({
      title: 'Delighted',
      outcome: 'delighted',
      review: 5,
    });
    expect(node(d, 'branching.cool').ending?.outcome).toBe('cool');
    expect(node(d, 'branching.lost').ending?.outcome).toBe('lost');
  });

  it('draws an edge per option branch, timeout and eventless branch, with labels and marks', () => {
    const d = buildScenarioDiagram(branching);
    const fromGreet = d.edges.filter((e) => e.source === 'branching.greet');
    expect(fromGreet.map((e) => [e.kind, e.target, e.label])).toEqual([
      ['option', 'branching.check', 'good: I am so sorry, let me trace it\u2026'],
      ['option', 'branching.lost', 'bad: Please wait.'],
      ['option', 'branching.stuck', 'shrug: Hm.'],
      ['timeout', 'branching.lost', 'after 30 s'],
    ]);
    expect(fromGreet[0]?.marks).toEqual({ tone: 2, promptness: 1, extraMile: 2, mood: 30 });
    expect(fromGreet[0]?.reply).toContain('within the hour');
    expect(fromGreet[3]?.marks).toEqual({ promptness: -2 });
    const fromCheck = d.edges.filter((e) => e.source === 'branching.check');
    expect(fromCheck.map((e) => [e.label, e.guard])).toEqual([
      ['if mood \u2265 60', 'mood \u2265 60'],
      ['otherwise', undefined],
    ]);
    expect(new Set(d.edges.map((e) => e.id)).size).toBe(d.edges.length);
  });

  it('flags unreachable states, traps and no-way-out states from the analysis', () => {
    const d = buildScenarioDiagram(branching, analyseScenario(branching));
    expect(d.analysed).toBe(true);
    expect(node(d, 'branching.orphan').flags.unreachable).toBe(true);
    expect(node(d, 'branching.greet').flags.unreachable).toBe(false);
    const stuck = node(d, 'branching.stuck');
    expect(stuck.flags.trap).toBe(true);
    expect(stuck.notes.join(' ')).toContain('stuck');
    expect(node(d, 'branching.happy').flags.trap).toBe(false);
  });

  it('marks the model answer on its states and the branches it takes, eventless hops included', () => {
    const analysis = analyseScenario(branching);
    expect(analysis.modelAnswer?.map((s) => s.choice)).toEqual(['good']);
    const d = buildScenarioDiagram(branching, analysis);
    expect(d.nodes.filter((n) => n.onModelAnswer).map((n) => n.id)).toEqual([
      'branching.greet',
      'branching.check',
      'branching.happy',
    ]);
    expect(node(d, 'branching.greet').modelStep).toBe(1);
    expect(d.edges.filter((e) => e.onModelAnswer).map((e) => e.label)).toEqual([
      'good: I am so sorry, let me trace it\u2026',
      'if mood \u2265 60',
    ]);
  });

  it('draws phases as nodes that start their first turn and carry their shared options', () => {
    const phased = loadedFrom({
      id: 'phased',
      initial: 'opening',
      on: { hangUp: { target: '#phased.lost', meta: { reply: 'Bye.', tone: -2 } } },
      states: {
        opening: {
          initial: 'hello',
          after: { 60000: { target: '#phased.lost', meta: { promptness: -2 } } },
          states: {
            hello: {
              meta: { customer: 'Hello?' },
              on: { greet: { target: 'ask', meta: { reply: 'Hi!', tone: 1 } } },
            },
            ask: {
              meta: { customer: 'Can you help?' },
              on: {
                help: { target: '#phased.won', meta: { reply: 'Yes.', tone: 2, extraMile: 1 } },
              },
            },
          },
        },
        won: endingState('Won'),
        lost: endingState('Lost', false),
      },
    });
    const analysis = analyseScenario(phased);
    const d = buildScenarioDiagram(phased, analysis);
    const root = node(d, 'phased');
    expect(root.kind).toBe('phase');
    expect(d.edges.filter((e) => e.source === 'phased').map((e) => e.label)).toEqual([
      'hangUp: Bye.',
    ]);
    const opening = node(d, 'phased.opening');
    expect(opening).toMatchObject({
      kind: 'phase',
      start: true,
      text: 'starts at hello',
      phase: null,
    });
    expect(node(d, 'phased.opening.ask').phase).toBe('phased.opening');
    expect(
      d.edges.filter((e) => e.source === 'phased.opening').map((e) => [e.kind, e.target]),
    ).toEqual([
      ['initial', 'phased.opening.hello'],
      ['timeout', 'phased.lost'],
    ]);
    expect(opening.flags.unreachable).toBe(false);
    expect(d.edges.filter((e) => e.onModelAnswer).map((e) => e.label)).toEqual([
      'starts',
      'greet: Hi!',
      'help: Yes.',
    ]);
    expect(node(d, 'phased.opening.ask').modelStep).toBe(2);
  });

  it('draws a transition that stays as an edge back to its own state', () => {
    const staying = loadedFrom({
      id: 'staying',
      initial: 'a',
      states: {
        a: { meta: { customer: 'Hi' }, on: { repeat: { meta: { reply: 'Sorry?' } }, end: 'done' } },
        done: endingState('Done'),
      },
    });
    const d = buildScenarioDiagram(staying);
    expect(d.edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['staying.a', 'staying.a', 'repeat: Sorry?'],
      ['staying.a', 'staying.done', 'end'],
    ]);
  });
});
