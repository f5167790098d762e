import { describe, expect, it } from 'vitest';
import type { MachineConfig } from '../scenario/scenario-types.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import { endingState as ending, loadedFrom } from '../testing/loaded-from.ts';
import { analysisProblems } from './analysis-problems.ts';
import { analyseScenario } from './analyse-scenario.ts';
import { enumeratePaths } from './testing/brute-force.ts';

// Chat: 30 s budget. Start mood 50.
const dana: MachineConfig = {
  id: 'dana',
  initial: 'asks',
  states: {
    asks: {
      meta: { customer: 'Did my address go through?' },
      after: { 60000: { target: 'chases', meta: { promptness: -2, mood: -20 } } },
      on: {
        good: {
          target: 'branch',
          meta: { reply: 'I checked: it did.', tone: 2, extraMile: 2, mood: 20 },
        },
        meh: { target: 'branch', meta: { reply: 'See the FAQ.', tone: 0 } },
      },
    },
    chases: {
      meta: { customer: 'Hello?' },
      on: { sorry: { target: 'branch', meta: { reply: 'Sorry!', tone: 1 } } },
    },
    branch: {
      always: [
        { guard: { type: 'moodAtLeast', params: { value: 60 } }, target: 'happy' },
        { target: 'gone' },
      ],
    },
    happy: ending('Happy'),
    gone: ending('Gone', false),
    never: ending('Never'),
  },
};

describe('analyseScenario on a small scenario', () => {
  const loaded = loadedFrom(dana);
  const report = analyseScenario(loaded);

  it('counts states, options, paths and finds reachable and unreachable endings', () => {
    expect(report.states).toBe(6);
    expect(report.options).toBe(3);
    // good -> happy (mood 70); meh -> gone (50); wait -> chases (30) -> sorry -> gone.
    expect(report.paths).toBe('3');
    expect(report.cyclic).toBe(false);
    expect(report.reachableStates).toEqual(['dana.asks', 'dana.chases', 'dana.happy', 'dana.gone']);
    expect(report.endingsReached).toEqual(['dana.happy', 'dana.gone']);
    expect(report.unreachableEndings).toEqual(['dana.never']);
    expect(report.traps).toEqual([]);
  });

  it('finds the shortest and longest paths', () => {
    expect(report.shortest?.turns).toBe(1);
    const longest = report.longest;
    expect(longest === 'unbounded' ? null : longest?.path.map((s) => s.choice)).toEqual([
      'wait',
      'sorry',
    ]);
    expect(longest === 'unbounded' ? null : longest?.ending?.state).toBe('dana.gone');
  });

  it('finds the best and worst per dimension', () => {
    const { tone, promptness, extraMile } = report.dimensions;
    // Tone: good 1 -> 100; meh 0.5 -> 50; wait (no tone) + sorry 0.75 -> 75.
    expect([tone.best?.score, tone.worst?.score]).toEqual([100, 50]);
    expect(tone.worst?.path.map((s) => s.choice)).toEqual(['meh']);
    // Promptness, instant: every reply 1 -> 100. Slowest: a reply at 60 s against 30 s -> 1 − 30/30 = 0.
    expect([promptness.best?.score, promptness.worst?.score]).toEqual([100, 0]);
    // Extra mile: good 2 of 2 -> 100; meh or waiting at the opportunity -> 0.
    expect([extraMile.best?.score, extraMile.worst?.score]).toEqual([100, 0]);
    expect(extraMile.best?.ending?.state).toBe('dana.happy');
  });

  it('gives the model answer and the overall range', () => {
    expect(report.modelAnswer).toEqual([
      { state: 'dana.asks', choice: 'good', reply: 'I checked: it did.' },
    ]);
    expect(report.overall.best).toMatchObject({
      overall: 100,
      exact: true,
      ending: { state: 'dana.happy' },
    });
    // Worst, slowest replies: meh -> tone 50, promptness 0, extra mile 0: (40 × 50) / 100 = 20.
    // (good slowly: (4000 + 0 + 3000) / 100 = 70; wait + sorry: tone 75 only: 3000 / 100 = 30.)
    expect(report.overall.worst?.overall).toBe(20);
    expect(report.overall.worst?.path.map((s) => s.choice)).toEqual(['meh']);
  });

  it('reports scores that scoring gives for the same path', () => {
    const paths = enumeratePaths(loaded);
    const good = paths.find((p) => p.choices.join() === 'good');
    expect(good && scoreAttempt(loaded, good.instant).overall).toBe(report.overall.best?.overall);
  });

  it('turns findings into checker problems', () => {
    expect(analysisProblems(report, loaded.graph)).toEqual([
      {
        path: ['machine', 'states', 'never'],
        severity: 'warning',
        code: 'unreachable-ending',
        message: "ending 'never' can never be reached",
        atKey: true,
      },
    ]);
  });
});

describe('analyseScenario keeps only what guards read', () => {
  it('merges moods and flags no guard reads', () => {
    const loaded = loadedFrom({
      id: 'flat',
      initial: 's',
      context: { noted: false },
      states: {
        s: {
          on: {
            up: {
              target: 't',
              meta: { reply: 'up', mood: 10 },
              actions: { type: 'setFlag', params: { flag: 'noted' } },
            },
            down: { target: 't', meta: { reply: 'down', mood: -10 } },
          },
        },
        t: { on: { done: { target: 'end', meta: { reply: 'done' } } } },
        end: ending('End'),
      },
    });
    const report = analyseScenario(loaded);
    // s, t and end: one node each, although t is reached with two moods and two flag values.
    expect(report.productNodes).toBe(3);
    expect(report.paths).toBe('2');
  });

  it('stops at the node limit and says so', () => {
    const report = analyseScenario(loadedFrom(dana), 2);
    expect(report.truncated).toBe(true);
    expect(report.paths).toBe('0');
    expect(report.unreachableEndings).toEqual([]);
  });
});
