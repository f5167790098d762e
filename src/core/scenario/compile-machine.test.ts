import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ActiveClock } from '../play/active-clock.ts';
import { startScenarioActor } from '../play/scenario-actor.ts';
import { CHAIN, FIXTURES, loadedFrom, SUPPORT } from '../play/test-scenarios.ts';
import { compileMachine } from './compile-machine.ts';
import type { MachineConfig } from './scenario-types.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function startActor(machine: MachineConfig, mood = 50) {
  const actor = createActor(compileMachine(loadedFrom(machine, mood)), {
    clock: new ActiveClock(),
  });
  actor.start();
  return actor;
}

describe('compileMachine', () => {
  it('starts with the customer mood and the author flags, running entry actions', () => {
    const snapshot = startActor(SUPPORT).getSnapshot();
    expect(snapshot.value).toEqual({ call: 'greets' });
    expect(snapshot.context).toEqual({ mood: 45, flags: { verified: false, chased: false } });
  });

  it('implements flag guards and actions, and applies meta.mood before eventless guards', () => {
    const actor = startActor(SUPPORT);
    expect(actor.getSnapshot().can({ type: 'fix_now' })).toBe(false);
    actor.send({ type: 'ask_details' });
    expect(actor.getSnapshot().context).toEqual({
      mood: 50,
      flags: { verified: true, chased: false },
    });
    actor.send({ type: 'fix_now' });
    // 50 + 20 = 70 reaches `moodAtLeast 60` only because the mood change ran before `always`.
    expect(actor.getSnapshot().value).toBe('happy');
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('places meta.mood before the authored actions and keeps meta for getMeta()', () => {
    const machine = compileMachine(loadedFrom(SUPPORT));
    const chases = machine.getStateNodeById('support.call.greets').after[0];
    expect(
      chases?.actions.map((a) => (typeof a === 'object' && a !== null && 'type' in a ? a.type : a)),
    ).toEqual(['addMood', 'setFlag']);
    expect(chases?.meta).toEqual({ promptness: -1, mood: -10 });
    const snapshot = startActor(SUPPORT).getSnapshot();
    expect(snapshot.getMeta()).toEqual({
      'support.call': { replyWithin: 20 },
      'support.call.greets': { customer: 'My router keeps dropping.' },
    });
  });

  it('evaluates nested all/any guards and mood guards', () => {
    const actor = startActor(SUPPORT, 30);
    // mood 25 after entry: `moodBelow 30` opens the leaf's own transfer, which shadows the phase's.
    actor.send({ type: 'transfer' });
    expect(actor.getSnapshot().value).toBe('transferred');
    expect(actor.getSnapshot().context.mood).toBe(30);
    const blamed = startActor(SUPPORT);
    blamed.send({ type: 'blame' });
    // 45 - 25 = 20: not below 20, not chased, so the `any` guard fails and the call wraps up.
    expect(blamed.getSnapshot().value).toBe('wrap');
    expect(blamed.getSnapshot().context.flags.verified).toBe(false);
  });

  it('does not mutate the scenario', () => {
    const loaded = loadedFrom(structuredClone(SUPPORT));
    const before = structuredClone(loaded.scenario);
    deepFreeze(loaded.scenario);
    const actor = createActor(compileMachine(loaded), { clock: new ActiveClock() });
    actor.start();
    actor.send({ type: 'ask_details' });
    actor.send({ type: 'fix_now' });
    expect(loaded.scenario).toEqual(before);
  });

  it('creates every fixture and tricky targets without throwing', () => {
    const tricky: MachineConfig = {
      id: 'tricky',
      initial: 'a',
      states: {
        a: {
          id: 'custom-a',
          initial: 'x',
          on: {
            down: '.y',
            jump: '#tricky.b.inner',
            self: { target: 'a', reenter: true },
            none: {},
          },
          after: { 0: '#custom-a.y', '1e3': 'b', '0250': { target: '.x' } },
          states: { x: { on: { up: '#custom-a' } }, y: { always: { target: '#tricky.end' } } },
        },
        b: {
          initial: 'inner',
          states: { inner: { on: { back: '#tricky.a.x', out: '#tricky.end' } } },
        },
        end: { type: 'final' },
      },
    };
    for (const machine of [...FIXTURES, tricky]) {
      expect(() => startActor(machine).stop()).not.toThrow();
    }
  });

  it('turns an endless eventless loop into an actor failure instead of hanging', () => {
    const loop: MachineConfig = {
      id: 'loop',
      initial: 'a',
      states: { a: { always: 'b' }, b: { always: 'a' }, end: { type: 'final' } },
    };
    const run = startScenarioActor(loadedFrom(loop), new ActiveClock());
    expect(String(run.failure())).toMatch(/Infinite loop/);
  });

  it('fires after-timers through the given clock, chained from their due times', () => {
    const clock = new ActiveClock();
    const actor = startActor(CHAIN);
    expect(actor.getSnapshot().value).toBe('one');
    const chained = createActor(compileMachine(loadedFrom(CHAIN)), { clock });
    chained.start();
    clock.advanceTo(1999);
    expect(chained.getSnapshot().value).toBe('two');
    clock.advanceTo(2000);
    expect(chained.getSnapshot().value).toBe('three');
    clock.advanceTo(2500);
    expect(chained.getSnapshot().value).toBe('end');
  });
});
