import { describe, expect, it } from 'vitest';
import { endingState as ending, loadedFrom } from '../testing/loaded-from.ts';
import { analyseScenario } from './analyse-scenario.ts';

describe('analyseScenario on cycles', () => {
  // "Please hold" keeps the conversation where it is: a self-loop the trainee may repeat.
  const loaded = loadedFrom({
    id: 'hold',
    initial: 'asks',
    states: {
      asks: {
        on: {
          hold: { meta: { reply: 'Please hold, I am on it.', tone: 2 } },
          bye: { target: 'end', meta: { reply: 'Bye.', tone: -2 } },
        },
      },
      end: ending('End'),
    },
  });
  const report = analyseScenario(loaded);

  it('detects cycles and leaves the path count and longest path unbounded', () => {
    expect(report.cyclic).toBe(true);
    expect(report.paths).toBe('cyclic');
    expect(report.longest).toBe('unbounded');
    expect(report.shortest?.turns).toBe(1);
  });

  it('approaches a best score that only looping reaches', () => {
    // k holds (1 each) and one bye (0): k/(k+1) ≥ 0.995 first at k = 199, which rounds to 100.
    const best = report.dimensions.tone.best;
    expect(best).toMatchObject({ score: 100, limit: 100, viaLoop: true });
    expect(best?.path).toHaveLength(200);
    expect(report.dimensions.tone.worst).toMatchObject({ score: 0, viaLoop: false });
    // Promptness is 100 on the one-turn path already: a finite path wins the tie.
    expect(report.dimensions.promptness.best).toMatchObject({ score: 100, viaLoop: false });
    expect(report.dimensions.promptness.best?.path).toHaveLength(1);
  });

  it('finds a good overall path by search when paths are unbounded', () => {
    expect(report.overall.best?.exact).toBe(false);
    expect(report.overall.best?.overall).toBe(100);
  });
});

describe('analyseScenario on a cycle through two turns', () => {
  const loaded = loadedFrom({
    id: 'loop2',
    initial: 'asks',
    states: {
      asks: {
        on: {
          hold: { target: 'waiting', meta: { reply: 'One moment.', tone: 2 } },
          bye: { target: 'end', meta: { reply: 'Bye.', tone: -2 } },
        },
      },
      waiting: { on: { back: { target: 'asks', meta: { reply: 'Back.', tone: 0 } } } },
      end: ending('End'),
    },
  });

  it('finds the loop mean by Bellman-Ford and repeats it just enough', () => {
    // Loop mean (1 + 0.5) / 2 = 0.75. With k loops and bye: 1.5k / (2k + 1);
    // k = 74 gives 74.497 -> 74, k = 75 gives 74.503 -> 75 = round(100 × 0.75).
    const best = analyseScenario(loaded).dimensions.tone.best;
    expect(best).toMatchObject({ score: 75, limit: 75, viaLoop: true });
    expect(best?.path).toHaveLength(151);
    expect(best?.path.slice(0, 2).map((s) => s.choice)).toEqual(['hold', 'back']);
  });
});
