import { buildGraph } from '../scenario/build-graph.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import {
  DEFAULT_SCORING,
  type Channel,
  type MachineConfig,
  type Scenario,
  type StateConfig,
} from '../scenario/scenario-types.ts';

/**
 * Small scenarios for the engine's tests (not shipped content): together they
 * cover compound states, flags, mood guards, eventless branching, `after`
 * chains, custom ids, re-entry and targetless options.
 */

const ending = (title: string, retained = true): StateConfig => ({
  type: 'final',
  meta: { ending: { title, retained, review: retained ? 5 : 1 } },
});

/** Wraps a machine in a scenario and loads it without the file loader. */
export function loadedFrom(
  machine: MachineConfig,
  mood = 50,
  channel: Channel = 'chat',
): LoadedScenario {
  const scenario: Scenario = {
    format: 'cx-scenario/1',
    id: machine.id,
    title: machine.id,
    channel,
    difficulty: 1,
    minutes: 3,
    skills: ['tone'],
    customer: { name: 'Dana', mood },
    scoring: DEFAULT_SCORING,
    machine,
  };
  const { graph, problems } = buildGraph(machine);
  if (graph === undefined || problems.length > 0) {
    throw new Error(
      `fixture '${machine.id}' does not build: ${problems.map((p) => p.message).join('; ')}`,
    );
  }
  return { scenario, graph, fingerprint: `test-${machine.id}`, file: `${machine.id}.yaml` };
}

/** A support call in two phases with flags, mood guards, timeouts on a leaf and on a phase. */
export const SUPPORT: MachineConfig = {
  id: 'support',
  initial: 'call',
  context: { verified: false, chased: false },
  states: {
    call: {
      initial: 'greets',
      entry: { type: 'addMood', params: { value: -5 } },
      meta: { replyWithin: 20 },
      on: {
        transfer: {
          target: '#support.transferred',
          meta: { reply: 'Let me transfer you.', tone: -1, mood: -10 },
        },
      },
      after: { 90000: { target: 'gone', meta: { promptness: -2, mood: -30 } } },
      states: {
        greets: {
          meta: { customer: 'My router keeps dropping.' },
          on: {
            ask_details: {
              actions: { type: 'setFlag', params: { flag: 'verified' } },
              meta: { reply: 'Which model is it?', tone: 1, mood: 5 },
            },
            fix_now: {
              guard: { type: 'flag', params: { flag: 'verified' } },
              target: 'checks',
              meta: { reply: 'I have pushed a firmware fix.', extraMile: 2, mood: 20 },
            },
            blame: {
              target: 'checks',
              meta: { reply: 'It is probably your wifi.', tone: -2, mood: -25 },
            },
            transfer: {
              guard: { type: 'moodBelow', params: { value: 30 } },
              target: '#support.transferred',
              meta: { reply: 'A specialist will call.', mood: 5 },
            },
          },
          after: {
            15000: {
              target: 'chases',
              actions: { type: 'setFlag', params: { flag: 'chased' } },
              meta: { promptness: -1, mood: -10 },
            },
          },
        },
        chases: {
          id: 'chase',
          meta: { customer: 'Hello? Are you still there?' },
          on: {
            sorry: { target: 'greets', meta: { reply: 'Sorry, I am here.', tone: 1, mood: 5 } },
            blame: { target: 'checks', meta: { reply: 'Your wifi, again.', tone: -2, mood: -25 } },
          },
          after: { 10000: '#support.gone' },
        },
        checks: {
          always: [
            {
              guard: {
                type: 'all',
                params: {
                  guards: [
                    { type: 'moodAtLeast', params: { value: 60 } },
                    { type: 'flag', params: { flag: 'verified' } },
                  ],
                },
              },
              target: '#support.happy',
            },
            {
              guard: {
                type: 'any',
                params: {
                  guards: [
                    { type: 'flag', params: { flag: 'chased' } },
                    { type: 'moodBelow', params: { value: 20 } },
                  ],
                },
              },
              target: '#support.gone',
            },
            { target: '#support.wrap' },
          ],
        },
      },
    },
    wrap: {
      meta: { customer: 'Fine. Anything else?', narration: 'The line goes quiet.' },
      entry: { type: 'clearFlag', params: { flag: 'verified' } },
      on: {
        follow_up: {
          target: 'happy',
          meta: { reply: 'I will call tomorrow to check.', extraMile: 1, mood: 10 },
        },
        bye: { target: 'meh', meta: { reply: 'Bye.' } },
      },
      after: { 30000: 'meh' },
    },
    transferred: ending('transferred', false),
    happy: ending('happy'),
    meh: ending('meh'),
    gone: ending('gone', false),
  },
};

/** An email that chases twice: silence walks the customer out. */
export const CHASE: MachineConfig = {
  id: 'chase',
  initial: 'asks',
  states: {
    asks: {
      meta: { subject: 'Order 1042', customer: 'Did my address go through?', replyWithin: 90 },
      on: {
        confirm: { target: 'thanks', meta: { reply: 'Yes, it did.', tone: 2, mood: 25 } },
        faq: { target: 'annoyed', meta: { reply: 'See our FAQ.', tone: -1, mood: -20 } },
      },
      after: { 120000: { target: 'chases', meta: { promptness: -2, mood: -15 } } },
    },
    chases: {
      meta: { customer: 'Hello? Is anyone reading this?' },
      on: {
        confirm: { target: 'thanks', meta: { reply: 'Sorry! Yes, it did.', tone: 1, mood: 10 } },
      },
      after: { 60000: { target: 'annoyed', meta: { mood: -20 } } },
    },
    annoyed: ending('annoyed', false),
    thanks: ending('thanks'),
  },
};

/** Timers that chain (each starts when the previous one fired), a zero delay and re-entry. */
export const CHAIN: MachineConfig = {
  id: 'chain',
  initial: 'one',
  context: { nudged: false, leftTwo: false },
  states: {
    one: {
      meta: { customer: 'One.' },
      // Makes re-entry visible in the context: `again` re-enters, `stay` does not.
      entry: { type: 'addMood', params: { value: -1 } },
      on: {
        again: { target: 'one', reenter: true, meta: { reply: 'Say that again?', mood: -5 } },
        stay: { target: 'one', meta: { reply: 'Mm-hm.' } },
        shrug: { meta: { reply: '(shrugs)' } },
        next: { target: 'two', meta: { reply: 'Go on.' } },
      },
      after: { 1000: 'two' },
    },
    two: {
      meta: { customer: 'Two.' },
      exit: { type: 'setFlag', params: { flag: 'leftTwo' } },
      on: { next: { target: 'three', meta: { reply: 'And?' } } },
      after: {
        1000: { target: 'three', actions: { type: 'setFlag', params: { flag: 'nudged' } } },
        5000: 'gone',
      },
    },
    three: {
      meta: { customer: 'Three.' },
      on: {
        done: { target: 'end', meta: { reply: 'Done.' } },
        nudge: {
          guard: { type: 'flag', params: { flag: 'nudged' } },
          target: 'zero',
          meta: { reply: 'Nudge.' },
        },
      },
      after: { 500: 'end' },
    },
    zero: {
      meta: { customer: 'Zero.' },
      after: { 0: { target: 'one', meta: { mood: -1 } } },
      on: { skip: 'end' },
    },
    end: ending('end'),
    gone: ending('gone', false),
  },
};

/** Guarded timeouts and a mood-dependent option set: timeouts only fire when their guard passes. */
export const MOODY: MachineConfig = {
  id: 'moody',
  initial: 'opens',
  states: {
    opens: {
      meta: { customer: 'Well?' },
      on: {
        charm: { meta: { reply: 'You look great today.', mood: 15 } },
        insult: { meta: { reply: 'Whatever.', mood: -15 } },
        pitch: [
          {
            guard: { type: 'moodAtLeast', params: { value: 70 } },
            target: 'buys',
            meta: { reply: 'Want the deluxe?' },
          },
          {
            guard: { type: 'moodBelow', params: { value: 30 } },
            target: 'leaves',
            meta: { reply: 'Want the deluxe?' },
          },
        ],
      },
      after: {
        3000: [
          {
            guard: { type: 'moodBelow', params: { value: 40 } },
            target: 'leaves',
            meta: { mood: -5 },
          },
        ],
        8000: { actions: { type: 'addMood', params: { value: -10 } } },
        12000: 'leaves',
      },
    },
    buys: ending('buys'),
    leaves: ending('leaves', false),
  },
};

/** Every fixture, for property tests. */
export const FIXTURES: readonly MachineConfig[] = [SUPPORT, CHASE, CHAIN, MOODY];
