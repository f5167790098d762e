import { createActor, type Actor, type InspectionEvent, type SnapshotFrom } from 'xstate';
import { compileMachine, type ScenarioMachine } from '../scenario/compile-machine.ts';
import type { TransitionInfo } from '../scenario/graph-types.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { afterEventType, openOptions, type OpenOption } from '../scenario/semantics.ts';
import { evaluateGuard, type EngineContext } from '../scenario/engine-vocabulary.ts';
import { lineageOf } from '../scenario/state-tree.ts';
import type { ActiveClock } from './active-clock.ts';
import { leafOf } from './leaf-of.ts';
import type { ResolvedStart } from './start-at.ts';

// A machine is immutable and every replay of a scenario builds the same one: compiling it
// once per loaded scenario makes verifying an import of thousands of attempts about twice
// as fast (compiling was most of a replay's time).
const machines = new WeakMap<LoadedScenario, ScenarioMachine>();

function machineOf(loaded: LoadedScenario): ScenarioMachine {
  let machine = machines.get(loaded);
  if (machine === undefined) {
    machine = compileMachine(loaded);
    machines.set(loaded, machine);
  }
  return machine;
}

/** Where the conversation is between events. */
export interface RunState {
  /** Graph id of the active leaf (a turn or an ending). */
  leaf: string;
  /** Mood and flags. */
  context: EngineContext;
  /** The machine reached a final state. */
  done: boolean;
}

/** An `after` transition that XState took. */
export interface FiredTimeout {
  /** Id of the state whose `after` fired. */
  state: string;
  /** Its delay in ms. */
  delay: number;
  /** Active ms at which it fired (its due time). */
  t: number;
  /** The alternative taken (the first whose guard passed). */
  transition: TransitionInfo | undefined;
  /** State before it fired. */
  before: RunState;
  /** State after it and any eventless transitions. */
  after: RunState;
}

/** A running scenario actor with the engine's reading of its snapshots. */
export interface ScenarioActor {
  /** The XState actor (for inspection and tests; send options through `send`). */
  readonly actor: Actor<ScenarioMachine>;
  /** The current state. */
  state(): RunState;
  /** The options open now, computed by the semantics twin from the actor's leaf and context. */
  open(): OpenOption[];
  /** Sends a reply option to the actor. */
  send(option: string): void;
  /** Sets the one listener told about each timeout after XState has settled. */
  onTimeout(listener: ((fired: FiredTimeout) => void) | null): void;
  /** What made the actor fail (an eventless loop), if anything. */
  failure(): unknown;
  /** Stops the actor and cancels its timers. */
  stop(): void;
}

type Snapshot = SnapshotFrom<ScenarioMachine>;

/**
 * Creates and starts the scenario's actor on the given clock. Timeouts are
 * detected through inspection: the first microstep of an `xstate.after.*`
 * event tells whether a transition was taken, and the snapshot that follows
 * is the settled state reported to the listener. With `start` (see
 * `resolveStartAt`) the actor starts at that turn with that context instead
 * of at `initial`, and the timers of the turn and its phases start at once.
 */
export function startScenarioActor(
  loaded: LoadedScenario,
  clock: ActiveClock,
  start?: ResolvedStart,
): ScenarioActor {
  const { graph } = loaded;
  const afterTypes = new Map<string, { state: string; delay: number }>();
  for (const node of graph.states.values()) {
    for (const group of node.timeouts) {
      afterTypes.set(afterEventType(group.delay, node.id), { state: node.id, delay: group.delay });
    }
  }

  // An errored or stopped snapshot says nothing new about the conversation: keep the last settled state.
  const read = (snapshot: Snapshot): RunState | null =>
    snapshot.status === 'active' || snapshot.status === 'done'
      ? {
          leaf: leafOf(graph, snapshot.value),
          context: snapshot.context,
          done: snapshot.status === 'done',
        }
      : null;

  const branchOf = (
    state: string,
    delay: number,
    context: EngineContext,
  ): TransitionInfo | undefined =>
    graph.states
      .get(state)
      ?.timeouts.find((g) => g.delay === delay)
      ?.branches.find((b) => b.guard === undefined || evaluateGuard(b.guard, context));

  let settled: RunState = { leaf: graph.root.id, context: { mood: 0, flags: {} }, done: false };
  let inMacrostep = false;
  let firing: Omit<FiredTimeout, 'after'> | null = null;
  let listener: ((fired: FiredTimeout) => void) | null = null;
  let failure: unknown = undefined;
  // Filled once created: inspection starts reporting before `createActor` returns.
  const created: { actor?: Actor<ScenarioMachine> } = {};

  const inspect = (ev: InspectionEvent): void => {
    const self = created.actor;
    if (self === undefined || ev.actorRef !== self) return;
    if (ev.type === '@xstate.microstep' && !inMacrostep) {
      // Later microsteps of the same macrostep carry the same event: only the first is the event's own.
      inMacrostep = true;
      const timeout = afterTypes.get(ev.event.type);
      if (timeout !== undefined && ev._transitions.length > 0) {
        const { context } = settled;
        firing = {
          ...timeout,
          t: clock.now(),
          transition: branchOf(timeout.state, timeout.delay, context),
          before: settled,
        };
      }
    } else if (ev.type === '@xstate.snapshot') {
      inMacrostep = false;
      settled = read(self.getSnapshot()) ?? settled;
      const fired = firing;
      firing = null;
      if (fired !== null && listener !== null) listener({ ...fired, after: settled });
    }
  };

  const machine = machineOf(loaded);
  const snapshot =
    start === undefined
      ? undefined
      : machine.resolveState({ value: start.value, context: start.context });
  const actor = createActor(
    machine,
    snapshot === undefined ? { clock, inspect } : { clock, inspect, snapshot },
  );
  created.actor = actor;
  actor.subscribe({
    error: (err: unknown) => {
      failure = err;
    },
  });
  actor.start();
  if (start !== undefined) startTimers(actor, graph, start.leaf);
  settled = read(actor.getSnapshot()) ?? settled;

  return {
    actor,
    state: () => settled,
    open: () => (settled.done ? [] : openOptions(graph, settled.leaf, settled.context)),
    send: (option) => actor.send({ type: option }),
    onTimeout: (next) => {
      listener = next;
    },
    failure: () => failure,
    stop: () => actor.stop(),
  };
}

/**
 * A snapshot resolved at a state runs no entry actions, so the `after` timers that entering
 * would raise are not set. They are scheduled here exactly as XState's entry would (same
 * event, same id, outermost state first), so leaving a state cancels them as usual.
 */
function startTimers(
  actor: Actor<ScenarioMachine>,
  graph: LoadedScenario['graph'],
  leaf: string,
): void {
  for (const node of [...lineageOf(graph, leaf)].reverse()) {
    for (const group of node.timeouts) {
      const type = afterEventType(group.delay, node.id);
      actor.system.scheduler.schedule(actor, actor, { type }, group.delay, type);
    }
  }
}
