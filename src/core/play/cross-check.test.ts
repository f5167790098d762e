import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from 'xstate';
import type { AttemptEvent } from '../attempt/attempt-log.ts';
import { replay } from '../attempt/replay.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { loadScenario } from '../scenario/load-scenario.ts';
import {
  isStuck,
  openOptions,
  start,
  take,
  type Settled,
  type Stuck,
} from '../scenario/semantics.ts';
import { evaluateGuard, type EngineContext } from '../scenario/engine-vocabulary.ts';
import { ActiveClock } from './active-clock.ts';
import { ChoiceError } from './choice-error.ts';
import { leafOf } from './leaf-of.ts';
import { createPlaySession } from './play-session.ts';
import { acceptedEvents, expectedAccepted } from './test-can.ts';
import { FIXTURES, loadedFrom } from './test-scenarios.ts';

/**
 * Model-based cross-check: random walks (choices, waits, pauses) through a
 * live play session, with the pure semantics twin predicting every step. The
 * XState actor and the twin must agree on the leaf, the context and the open
 * options; the log must replay to the same place without problems.
 */

type Step =
  { kind: 'choose'; pick: number } | { kind: 'wait'; ms: number } | { kind: 'pause'; ms: number };

const waits = fc.oneof(
  fc.constantFrom(0, 1, 499, 500, 999, 1000, 3000, 8000, 10_000, 15_000, 30_000, 60_000, 120_000),
  fc.integer({ min: 0, max: 130_000 }),
);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.nat({ max: 20 }).map((pick): Step => ({ kind: 'choose', pick })) },
  { weight: 3, arbitrary: waits.map((ms): Step => ({ kind: 'wait', ms })) },
  { weight: 1, arbitrary: waits.map((ms): Step => ({ kind: 'pause', ms })) },
);

/** The shipped scenarios through the real loader; a file that does not load is left to its own tests. */
function shipped(): LoadedScenario[] {
  const dir = new URL('../../../scenarios/', import.meta.url);
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    const result = loadScenario(readFileSync(new URL(file, dir), 'utf8'), `scenarios/${file}`);
    return result.ok ? [result.loaded] : [];
  });
}

const settled = (result: Settled | Stuck): Settled => {
  if (isStuck(result)) throw new Error(`semantics did not settle: ${result.via.join(' > ')}`);
  return result;
};

function walk(loaded: LoadedScenario, steps: readonly Step[]): void {
  const { graph } = loaded;
  const host = new SimulatedClock();
  let model: { leaf: string; context: EngineContext } = settled(
    start(graph, {
      mood: loaded.scenario.customer.mood,
      flags: { ...(loaded.scenario.machine.context ?? {}) },
    }),
  );
  let replies = 0;
  let timeouts = 0;
  const ref: { checkActor?: () => void } = {};
  let failure: unknown = undefined;
  const onEvent = (event: AttemptEvent): void => {
    if (event.type !== 'timeout') return;
    timeouts++;
    try {
      // What the twin predicts for this timeout: the first enabled alternative of that `after` entry.
      const branch = graph.states
        .get(event.state)
        ?.timeouts.find((g) => g.delay === event.delay)
        ?.branches.find((b) => b.guard === undefined || evaluateGuard(b.guard, model.context));
      if (branch === undefined)
        throw new Error(`XState fired ${event.state}/${event.delay}, which the twin says cannot`);
      model = settled(take(graph, model.leaf, model.context, branch));
      // The view is not published yet (this is the save hook), but the actor has moved.
      ref.checkActor?.();
    } catch (error) {
      // The session reports sink errors as save errors; keep the first to fail the walk.
      failure ??= error;
    }
  };
  const session = createPlaySession({
    loaded,
    trainee: 'prop',
    mode: 'practice',
    clock: new ActiveClock({ host }),
    now: () => host.now(),
    onEvent,
  });
  const checkActor = (): void => {
    const snapshot = session.getSnapshot();
    expect(leafOf(graph, snapshot.value)).toBe(model.leaf);
    expect(snapshot.context).toEqual(model.context);
    const open = snapshot.status === 'done' ? [] : openOptions(graph, model.leaf, model.context);
    expect(acceptedEvents(snapshot, graph)).toEqual(expectedAccepted(open));
  };
  const check = (): void => {
    if (failure !== undefined)
      throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
    checkActor();
    const view = session.getView();
    const open = view.done ? [] : openOptions(graph, model.leaf, model.context);
    expect(view.options.map((o) => o.event)).toEqual(open.map((o) => o.event));
    expect(view).toMatchObject({ state: model.leaf, mood: model.context.mood, saving: false });
  };
  ref.checkActor = checkActor;
  check();

  for (const s of steps) {
    if (session.getView().done) break;
    if (s.kind === 'wait') {
      host.increment(s.ms);
    } else if (s.kind === 'pause') {
      // Pausing first lets due timeouts fire (at their own t), then logs the pause unless that ended it.
      void session.pause();
      const events = session.getLog().events;
      if (!session.getView().done) expect(events.at(-1)?.type).toBe('pause');
      host.increment(s.ms);
      expect(session.getLog().events).toHaveLength(events.length);
      void session.resume();
    } else {
      const open = openOptions(graph, model.leaf, model.context);
      const option = open[s.pick % Math.max(1, open.length)];
      if (option === undefined) continue;
      try {
        void session.choose(option.event);
      } catch (error) {
        // A zero-delay timeout was still due: it wins, exactly as replay would decide.
        if (error instanceof ChoiceError && error.code === 'superseded') {
          check();
          continue;
        }
        throw error;
      }
      replies++;
      model = settled(take(graph, model.leaf, model.context, option.transition));
    }
    check();
  }

  const log = session.getLog();
  const replayed = replay(loaded, log);
  expect(replayed.problems).toEqual([]);
  expect(replayed.leaf).toBe(model.leaf);
  expect(replayed.context).toEqual(model.context);
  expect(replayed.turns).toHaveLength(replies + timeouts);
  if (!replayed.done) {
    const resumed = createPlaySession({
      loaded,
      trainee: 'prop',
      mode: 'practice',
      clock: new ActiveClock(),
      log,
    });
    const { elapsedT: _a, ...view } = resumed.getView();
    const { elapsedT: _b, ...live } = session.getView();
    expect(view).toEqual(live);
    resumed.stop();
  }
  session.stop();
}

describe('XState runtime and semantics twin agree', () => {
  const cases = [...FIXTURES.map((machine) => loadedFrom(machine, 50)), ...shipped()];
  it.each(cases.map((loaded) => [loaded.scenario.id, loaded] as const))(
    'on random walks through %s',
    (_id, loaded) => {
      fc.assert(
        fc.property(fc.array(step, { maxLength: 20 }), (steps) => walk(loaded, steps)),
        { numRuns: 60 },
      );
    },
  );

  it.each([0, 25, 100])('also from a starting mood of %i', (mood) => {
    for (const machine of FIXTURES) {
      const loaded = loadedFrom(machine, mood);
      fc.assert(
        fc.property(fc.array(step, { maxLength: 12 }), (steps) => walk(loaded, steps)),
        { numRuns: 15 },
      );
    }
  });
});
