import { describe, expect, it } from 'vitest';
import { endingState as ending, loadedFrom } from '../testing/loaded-from.ts';
import { analysisProblems } from './analysis-problems.ts';
import { analyseScenario } from './analyse-scenario.ts';

describe('analyseScenario finds what goes wrong', () => {
  it('reports a trap with the mood that causes it', () => {
    const loaded = loadedFrom({
      id: 'trap',
      initial: 'start',
      context: { never: false },
      states: {
        start: {
          on: {
            harsh: { target: 'check', meta: { reply: 'No.', mood: -20 } },
            kind: { target: 'check', meta: { reply: 'Sure.' } },
          },
        },
        check: {
          always: [
            { guard: { type: 'moodAtLeast', params: { value: 40 } }, target: 'fine' },
            { target: 'limbo' },
          ],
        },
        limbo: {
          on: {
            hidden: {
              guard: { type: 'flag', params: { flag: 'never' } },
              target: 'end',
              meta: { reply: '?' },
            },
          },
        },
        fine: { on: { ok: { target: 'end', meta: { reply: 'Done.' } } } },
        end: ending('End'),
      },
    });
    const report = analyseScenario(loaded);
    expect(report.traps).toEqual([
      {
        state: 'trap.limbo',
        mood: 30,
        flags: { never: false },
        message: "stuck at 'limbo' when mood is 30 and 'never' is not set",
      },
    ]);
    expect(report.paths).toBe('1');
    expect(analysisProblems(report, loaded.graph).map((p) => [p.code, p.severity])).toEqual([
      ['trap', 'error'],
    ]);
  });

  it('reports eventless loops', () => {
    const loaded = loadedFrom({
      id: 'loop',
      initial: 's',
      states: {
        s: {
          on: {
            go: { target: 'p', meta: { reply: 'Go' } },
            stop: { target: 'end', meta: { reply: 'Stop' } },
          },
        },
        p: { always: 'q' },
        q: { always: 'p' },
        end: ending('End'),
      },
    });
    const report = analyseScenario(loaded);
    expect(report.eventlessLoops).toHaveLength(1);
    expect(report.eventlessLoops[0]).toMatchObject({ state: 'loop.s', choice: 'go' });
    expect(report.eventlessLoops[0]?.message).toContain("after 'go' at 's'");
    expect(report.paths).toBe('1');
    expect(analysisProblems(report, loaded.graph).map((p) => p.code)).toEqual(['eventless-loop']);
  });

  it('reports states from which no ending can be reached', () => {
    const loaded = loadedFrom({
      id: 'maze',
      initial: 's',
      states: {
        s: {
          on: {
            a: { target: 'x', meta: { reply: 'a' } },
            b: { target: 'end', meta: { reply: 'b' } },
          },
        },
        x: { on: { c: { target: 'y', meta: { reply: 'c' } } } },
        y: { on: { d: { target: 'x', meta: { reply: 'd' } } } },
        end: ending('End'),
      },
    });
    const report = analyseScenario(loaded);
    expect(report.noWayOut.map((t) => t.state)).toEqual(['maze.x', 'maze.y']);
    // The cycle cannot end, so the paths to an ending stay finite.
    expect(report.cyclic).toBe(true);
    expect(report.paths).toBe('1');
    expect(report.longest === 'unbounded' ? -1 : report.longest?.turns).toBe(1);
  });

  it('survives a machine that never settles as it starts, and one that starts at its ending', () => {
    const looping = analyseScenario(
      loadedFrom({
        id: 'spin',
        initial: 'p',
        states: { p: { always: 'q' }, q: { always: 'p' }, end: ending('End') },
      }),
    );
    expect(looping.eventlessLoops[0]?.message).toContain('as the conversation starts');
    expect(looping).toMatchObject({
      productNodes: 0,
      paths: '0',
      shortest: null,
      modelAnswer: null,
    });
    const done = analyseScenario(
      loadedFrom({ id: 'done', initial: 'end', states: { end: ending('End') } }),
    );
    expect(done).toMatchObject({ paths: '1', endingsReached: ['done.end'], modelAnswer: null });
    expect(done.shortest?.turns).toBe(0);
    expect(done.dimensions.tone.best).toBeNull();
  });
});
