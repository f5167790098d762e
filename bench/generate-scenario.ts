import type {
  MachineConfig,
  ReplyMeta,
  Scenario,
  StateConfig,
  TransitionConfig,
} from '../src/core/scenario/scenario-types.ts';
import { seededRandom } from '../src/core/testing/seeded-random.ts';

/** Shape of a generated scenario. */
export interface GenerateOptions {
  /** Layers of customer turns. */
  layers: number;
  /** Turns per layer. */
  width: number;
  /** Seed of the pseudo-random choices: the same seed gives the same scenario. */
  seed: number;
  /** Number of endings (at least 2). */
  endings?: number;
  /** Add a flag set by some replies and read by a guarded option. */
  flags?: boolean;
  /** Group each layer into a compound phase with a shared option and a phase timeout. */
  phases?: boolean;
  /** Share of targets reached through an eventless mood branch (default 0.25). */
  moodBranching?: number;
}

const random = seededRandom;

/**
 * A layered branching scenario: every turn's options lead to the next layer (sometimes one
 * further, sometimes straight to an ending), some through eventless states that branch on
 * mood, some turns time out; marks vary and mood moves in steps of 5. It is a DAG, so every
 * analysis figure can be checked by enumeration on small sizes.
 */
export function generateScenario(options: GenerateOptions): Scenario {
  const { layers, width, seed, flags = false, phases = false, moodBranching = 0.25 } = options;
  const endingCount = Math.max(2, options.endings ?? 4);
  const rnd = random(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const chance = (p: number): boolean => rnd() < p;
  const id = `generated-${seed}`;
  const top: Record<string, StateConfig> = {};
  const turnPath = (layer: number, j: number): string =>
    phases ? `#${id}.L${layer}.t${layer}_${j}` : `#${id}.t${layer}_${j}`;
  const endingPath = (k: number): string => `#${id}.end${k}`;

  // A target in layer `layer`: a turn, or (one time in four) an eventless mood branch into it.
  const targetIn = (layer: number): string => {
    if (layer >= layers) return endingPath(int(0, endingCount - 1));
    const j = int(0, (widths[layer] ?? width) - 1);
    if (!chance(moodBranching)) return turnPath(layer, j);
    const key = `b${layer}_${j}_${int(0, 1)}`;
    top[key] ??= {
      always: [
        {
          guard: { type: 'moodAtLeast', params: { value: 5 * int(6, 14) } },
          target: turnPath(layer, j),
        },
        { target: turnPath(layer, int(0, (widths[layer] ?? width) - 1)) },
      ],
    };
    return `#${id}.${key}`;
  };
  const meta = (label: string): ReplyMeta => {
    const m: ReplyMeta = { reply: `${label}: reply text`, tone: int(-2, 2), mood: 5 * int(-3, 3) };
    if (chance(0.3)) m.promptness = int(-2, 2);
    if (chance(0.35)) m.extraMile = int(0, 2);
    if (chance(0.5)) m.feedback = `Feedback on ${label}.`;
    return m;
  };

  // Layers fan out from the single opening turn (1, 3, 9, ... up to `width`), and option o0..o2
  // of turn i lead straight to turns 3i..3i+2 of the next layer, so every turn is reachable
  // and the file passes the checker; the other targets are random.
  const widths: number[] = [];
  for (let layer = 0; layer < layers; layer++) widths.push(Math.min(width, 3 ** layer));
  const guaranteed = (layer: number, i: number, o: number): string | undefined => {
    const next = widths[layer + 1];
    if (next === undefined || o > 2) return undefined;
    const j = 3 * i + o;
    return j < next ? turnPath(layer + 1, j) : undefined;
  };
  const layerStates: Record<string, StateConfig>[] = [];
  for (let layer = 0; layer < layers; layer++) {
    const states: Record<string, StateConfig> = {};
    const layerWidth = widths[layer] ?? width;
    for (let j = 0; j < layerWidth; j++) {
      const on: Record<string, TransitionConfig> = {};
      const needed = [0, 1, 2].filter((o) => guaranteed(layer, j, o) !== undefined).length;
      const count = Math.max(int(2, 3), needed);
      for (let o = 0; o < count; o++) {
        const leap =
          guaranteed(layer, j, o) ??
          (chance(0.1)
            ? endingPath(int(0, endingCount - 1))
            : targetIn(layer + (chance(0.15) ? 2 : 1)));
        const option: TransitionConfig = { target: leap, meta: meta(`t${layer}_${j}.o${o}`) };
        if (flags && chance(0.2))
          option.actions = [{ type: 'setFlag', params: { flag: 'promised' } }];
        on[`o${o}`] = option;
      }
      if (flags && chance(0.3)) {
        on.keepPromise = {
          guard: { type: 'flag', params: { flag: 'promised' } },
          target: targetIn(layer + 1),
          meta: { reply: 'As promised, here it is.', tone: 2, extraMile: 2, mood: 15 },
        };
      }
      const state: StateConfig = { meta: { customer: `Turn ${layer}.${j}` }, on };
      if (chance(0.3)) {
        state.after = {
          [String(1000 * int(20, 90))]: {
            target: targetIn(layer + 1),
            meta: { promptness: int(-2, -1), mood: -10 },
          },
        };
      }
      if (chance(0.2)) state.meta = { ...state.meta, replyWithin: int(10, 60) };
      states[`t${layer}_${j}`] = state;
    }
    layerStates.push(states);
  }
  const machineStates: Record<string, StateConfig> = {};
  layerStates.forEach((states, layer) => {
    if (!phases) return Object.assign(machineStates, states);
    machineStates[`L${layer}`] = {
      initial: `t${layer}_0`,
      on: {
        escalate: {
          target: endingPath(0),
          meta: { reply: 'Let me get my manager.', tone: 0, mood: -5 },
        },
      },
      after: { 240000: { target: endingPath(endingCount - 1), meta: { promptness: -2 } } },
      states,
    };
  });
  Object.assign(machineStates, top);
  for (let k = 0; k < endingCount; k++) {
    const retained = k % 2 === 0;
    machineStates[`end${k}`] = {
      type: 'final',
      meta: {
        ending: {
          title: `Ending ${k}`,
          text: 'What happens next.',
          retained,
          review: retained ? 4 : 1,
        },
      },
    };
  }
  const machine: MachineConfig = {
    id,
    initial: phases ? 'L0' : 't0_0',
    ...(flags ? { context: { promised: false } } : {}),
    states: machineStates,
  };
  return {
    format: 'cx-scenario/1',
    id: `generated-${seed}`,
    title: `Generated ${layers}×${width}`,
    channel: 'chat',
    difficulty: 2,
    minutes: layers,
    skills: ['tone', 'promptness', 'extraMile'],
    customer: { name: 'Gen', mood: 50 },
    scoring: { weights: { tone: 40, promptness: 30, extraMile: 30 }, pass: 70 },
    machine,
  };
}
