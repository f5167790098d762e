import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readShippedFiles } from '../testing/shipped-files.test-support.ts';
import { SimulatedClock } from 'xstate';
import { ActiveClock } from '../play/active-clock.ts';
import { ChoiceError } from '../play/choice-error.ts';
import { createPlaySession } from '../play/play-session.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { loadScenario } from '../scenario/load-scenario.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import type { AttemptEvent, AttemptLog } from './attempt-log.ts';
import { replay } from './replay.ts';

/**
 * Property: a random walk through a live play session of a shipped scenario (random
 * options, random thinking time, waiting out the customer, pausing and resuming) leaves
 * a log that replays deterministically, survives a JSON round trip with the same
 * scorecard, measures every reply in the active time the walk spent (pauses excluded)
 * and ends where the session's view ended.
 */

/** A pause in the middle of a turn: active time before it, and host time spent paused. */
interface Break {
  after: number;
  hostMs: number;
}

type Step =
  /** Think (active time, stopping short of the next timeout), maybe pause, then reply. */
  | { kind: 'reply'; pick: number; think: number; pause: Break | null }
  /** Stay silent until the customer's next timeout fires, maybe pausing on the way. */
  | { kind: 'timeout'; pause: Break | null }
  /** Host time passes: active time unless the attempt is paused. */
  | { kind: 'idle'; ms: number }
  /** Pause and leave it paused: the next reply or timeout resumes. */
  | { kind: 'pause' }
  | { kind: 'resume' };

const ms = fc.oneof(
  fc.constantFrom(0, 1, 999, 1000, 5000, 30_000, 59_999, 60_000, 89_999, 150_000, 299_999),
  fc.integer({ min: 0, max: 400_000 }),
);
const pause = fc.option(fc.record({ after: ms, hostMs: ms }), { freq: 3 });
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({ pick: fc.nat({ max: 11 }), think: ms, pause })
      .map((r): Step => ({ kind: 'reply', ...r })),
  },
  { weight: 2, arbitrary: pause.map((p): Step => ({ kind: 'timeout', pause: p })) },
  { weight: 2, arbitrary: ms.map((t): Step => ({ kind: 'idle', ms: t })) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'pause' }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'resume' }) },
);

function load(file: string, text: string): LoadedScenario {
  const result = loadScenario(text, file);
  if (!result.ok)
    throw new Error(
      `${file} does not load: ${result.diagnostics.map((d) => d.message).join('; ')}`,
    );
  return result.loaded;
}

function walk(loaded: LoadedScenario, steps: readonly Step[], startedAt: number): void {
  const host = new SimulatedClock();
  const clock = new ActiveClock({ host });
  /** Active ms the walk has spent on the current turn, by its own count. */
  let spent = 0;
  /** Active ms each closed turn took, by the walk's count. */
  const took: number[] = [];
  const onEvent = (event: AttemptEvent): void => {
    if (event.type !== 'reply' && event.type !== 'timeout') return;
    took.push(spent);
    spent = 0;
  };
  const session = createPlaySession({
    loaded,
    trainee: 'Walker',
    mode: 'practice',
    clock,
    now: () => startedAt + host.now(),
    onEvent,
  });
  /** Host time passes; only while running is it the trainee's (and the turn's) active time. */
  const pass = (t: number): void => {
    if (!clock.paused) spent += t;
    host.increment(t);
  };
  /** Active ms until the next timer is due, if one is pending. */
  const untilDue = (): number | undefined => {
    const due = clock.nextDue();
    return due === undefined ? undefined : Math.max(0, due - clock.now());
  };

  /** Thinking while running stops short of the next due timer: only a 'timeout' step lets it fire. */
  const think = (t: number): void => {
    const left = clock.paused ? undefined : untilDue();
    pass(left === undefined ? t : Math.min(t, Math.max(0, left - 1)));
  };
  const takeBreak = (b: Break | null): void => {
    if (b === null) return;
    think(b.after);
    void session.pause();
    pass(b.hostMs);
    void session.resume();
  };

  for (const s of steps) {
    if (session.getView().done) break;
    switch (s.kind) {
      case 'reply': {
        void session.resume();
        takeBreak(s.pause);
        think(s.think);
        const options = session.getView().options;
        const option = options[s.pick % Math.max(1, options.length)];
        if (option === undefined) break;
        try {
          void session.choose(option.event);
        } catch (error) {
          // A timeout due right now wins over the reply, exactly as replay decides it.
          if (!(error instanceof ChoiceError && error.code === 'superseded')) throw error;
        }
        break;
      }
      case 'timeout': {
        void session.resume();
        takeBreak(s.pause);
        const left = untilDue();
        if (left !== undefined) pass(left);
        break;
      }
      case 'idle':
        think(s.ms);
        break;
      case 'pause':
        void session.pause();
        break;
      case 'resume':
        void session.resume();
        break;
    }
  }

  const view = session.getView();
  const log = session.getLog();
  session.stop();

  const first = replay(loaded, log);
  const again = replay(loaded, log);
  expect(first.problems).toEqual([]);
  expect(again.turns).toEqual(first.turns);
  const card = scoreAttempt(loaded, first.turns, first.ending);
  expect(scoreAttempt(loaded, again.turns, again.ending)).toEqual(card);

  const stored = JSON.parse(JSON.stringify(log)) as AttemptLog;
  const restored = replay(loaded, stored);
  expect(restored.problems).toEqual([]);
  expect(scoreAttempt(loaded, restored.turns, restored.ending)).toEqual(card);

  // Reply times are the active time the walk spent on each turn: paused host time never counts.
  expect(first.turns.map((t) => t.answeredT - t.startedT)).toEqual(took);
  if (!view.done) expect(view.elapsedT).toBe(spent);

  expect(first.leaf).toBe(view.state);
  expect(first.done).toBe(view.done);
  expect(first.ending).toEqual(view.ending);
  expect(first.context.mood).toBe(view.mood);
  expect(card.ending).toEqual(view.ending ?? null);
  expect(card.turns).toHaveLength(took.length);
}

const files = readShippedFiles();

describe('replay of a live attempt gives a stable scorecard', () => {
  it('finds the shipped scenarios', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.file, f] as const))(
    'on random walks through %s',
    (file, { text }) => {
      const loaded = load(file, text);
      fc.assert(
        fc.property(
          fc.array(step, { maxLength: 40, size: 'max' }),
          fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }),
          (steps, startedAt) => walk(loaded, steps, startedAt),
        ),
        { numRuns: 60 },
      );
    },
  );
});
