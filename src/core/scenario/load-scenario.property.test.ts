import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { parse, stringify } from 'yaml';
import { compileMachine } from './compile-machine.ts';
import { loadScenario, type LoadResult } from './load-scenario.ts';
import { GENERIC } from './schema-problems.ts';
import { isStuck, start } from './semantics.ts';

const texts = import.meta.glob<string>('./fixtures/valid.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const VALID = Object.values(texts)[0] ?? '';
const LINES = VALID.split('\n');
const STATE_NAMES = ['asks', 'chases', 'annoyed', 'grumbles', 'reassured', 'leaves'];
const OPTIONS = [
  'check_and_confirm',
  'point_to_faq',
  'apologise',
  'ignore',
  'check_now',
  'repeat_faq',
];

/** What every result must satisfy, accepted or not. */
function checkResult(result: LoadResult): void {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(result.ok ? errors.length === 0 : errors.length > 0).toBe(true);
  for (const d of result.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
    // zod's own wording or the generic marker must never reach an author.
    expect(d.message).not.toMatch(/Invalid input|Invalid option|Too (big|small)/);
    expect(d.message.includes(GENERIC)).toBe(false);
    expect(d.code).not.toBe('internal');
  }
}

/** An accepted scenario compiles in XState, starts, and survives random replies and silences. */
function exercise(result: LoadResult, steps: readonly number[]): void {
  if (!result.ok) return;
  const { loaded } = result;
  expect(isStuck(start(loaded.graph, { mood: loaded.scenario.customer.mood, flags: {} }))).toBe(
    false,
  );
  const clock = new SimulatedClock();
  const actor = createActor(compileMachine(loaded), { clock });
  actor.start();
  for (const step of steps) {
    const snapshot = actor.getSnapshot();
    expect(snapshot.status).not.toBe('error');
    if (snapshot.status === 'done') break;
    if (step % 7 === 0) clock.increment(10 * 60 * 1000);
    else actor.send({ type: OPTIONS[step % OPTIONS.length] ?? 'none' });
  }
  expect(actor.getSnapshot().status).not.toBe('error');
  actor.stop();
}

type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'insert'; at: number; column: number; text: string }
  | { kind: 'retype'; at: number; value: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    column: fc.nat(),
    text: fc.string({ maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('retype' as const),
    at: fc.nat(),
    value: fc.constantFrom(
      '42',
      '-7',
      'true',
      'null',
      '[]',
      '{}',
      '"x"',
      '0',
      '1.5',
      '~',
      '&a 1',
      '*a',
      ...STATE_NAMES,
      '#valid.asks',
      '#valid',
      '.asks',
    ),
  }),
);

function mutate(lines: readonly string[], m: Mutation): string[] {
  const out = [...lines];
  const at = m.at % out.length;
  const line = out[at] ?? '';
  switch (m.kind) {
    case 'delete':
      out.splice(at, 1);
      break;
    case 'duplicate':
      out.splice(at, 0, line);
      break;
    case 'swap': {
      const other = m.other % out.length;
      out[at] = out[other] ?? '';
      out[other] = line;
      break;
    }
    case 'insert': {
      const column = m.column % (line.length + 1);
      out[at] = line.slice(0, column) + m.text + line.slice(column);
      break;
    }
    case 'retype': {
      const colon = line.indexOf(': ');
      if (colon >= 0) out[at] = `${line.slice(0, colon + 2)}${m.value}`;
      break;
    }
  }
  return out;
}

/** Every path to a transition slot or target in the valid data, for graph-level rewiring. */
type Rewire = {
  state: number;
  option: number;
  target: number;
  guard: number | null;
  always: boolean;
};
const rewire: fc.Arbitrary<Rewire> = fc.record({
  state: fc.nat(),
  option: fc.nat(),
  target: fc.nat(),
  guard: fc.option(fc.integer({ min: 0, max: 100 })),
  always: fc.boolean(),
});

function rewired(changes: readonly Rewire[]): string {
  const data = parse(VALID) as { machine: { states: Record<string, Record<string, unknown>> } };
  const targets = [...STATE_NAMES, '#valid.asks', '#valid'];
  for (const c of changes) {
    const name = STATE_NAMES[c.state % STATE_NAMES.length] ?? 'asks';
    const state = data.machine.states[name];
    if (state === undefined) continue;
    const transition: Record<string, unknown> = {
      target: targets[c.target % targets.length] ?? 'asks',
    };
    if (c.guard !== null) transition.guard = { type: 'moodAtLeast', params: { value: c.guard } };
    if (c.always) {
      state.always = [
        transition,
        ...(Array.isArray(state.always) ? (state.always as unknown[]) : []),
      ];
    } else {
      transition.meta = { reply: 'Rewired reply' };
      const on = (state.on ?? {}) as Record<string, unknown>;
      on[OPTIONS[c.option % OPTIONS.length] ?? 'x'] = transition;
      state.on = on;
    }
  }
  return stringify(data);
}

describe('loadScenario never throws', () => {
  it('on random JSON values, as .json and as .yaml', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = JSON.stringify(value) ?? 'null';
        checkResult(loadScenario(text, 'random.json'));
        checkResult(loadScenario(stringify(value), 'random.yaml'));
      }),
      { numRuns: 300 },
    );
  });

  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        checkResult(loadScenario(text, 'random.yaml'));
      }),
      { numRuns: 300 },
    );
  });

  it('on random line mutations of a valid scenario; what it accepts runs in XState', () => {
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (ms, steps) => {
          const text = ms.reduce(mutate, LINES).join('\n');
          const result = loadScenario(text, 'scenarios/valid.yaml');
          checkResult(result);
          exercise(result, steps);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on random rewiring of the graph; what it accepts runs in XState', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.array(rewire, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (changes, steps) => {
          const result = loadScenario(rewired(changes), 'valid.yaml');
          checkResult(result);
          exercise(result, steps);
          if (result.ok) accepted++;
        },
      ),
      { numRuns: 300 },
    );
    // The property is only meaningful if a good share of rewired graphs pass validation.
    expect(accepted).toBeGreaterThan(30);
  });
});
