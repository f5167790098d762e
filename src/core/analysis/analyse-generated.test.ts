import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateScenario, type GenerateOptions } from '../../../bench/generate-scenario.ts';
import { buildGraph } from '../scenario/build-graph.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { DIMENSIONS } from '../scenario/scenario-types.ts';
import { scoreAttempt } from '../scoring/score-attempt.ts';
import { analyseScenario } from './analyse-scenario.ts';
import type { AnalysisReport, PathStep } from './analysis-types.ts';
import { enumeratePaths, type EnumeratedPath } from './testing/brute-force.ts';

function loadedOf(options: GenerateOptions): LoadedScenario {
  const scenario = generateScenario(options);
  const { graph } = buildGraph(scenario.machine);
  if (graph === undefined) throw new Error('generated machine does not build');
  return { scenario, graph, fingerprint: 'generated', file: 'generated.json' };
}

/** Checks every exact figure of the report against plain enumeration of all paths. */
function checkAgainstEnumeration(
  loaded: LoadedScenario,
  report: AnalysisReport,
  paths: EnumeratedPath[],
): void {
  expect(report.cyclic).toBe(false);
  expect(report.paths).toBe(String(paths.length));
  const key = (choices: readonly string[]): string => choices.join('/');
  const stepKey = (steps: readonly PathStep[]): string =>
    key(steps.map((s) => (s.choice === 'wait' ? `wait@${s.timeoutOf ?? ''}` : s.choice)));
  const byChoices = new Map(paths.map((p) => [key(p.choices), p]));
  const lengths = paths.map((p) => p.choices.length);
  if (paths.length === 0) {
    expect(report.shortest).toBeNull();
    return;
  }
  expect(report.shortest?.turns).toBe(Math.min(...lengths));
  expect(report.longest === 'unbounded' ? -1 : report.longest?.turns).toBe(Math.max(...lengths));
  const instant = paths.map((p) => scoreAttempt(loaded, p.instant, p.ending));
  const slowest = paths.map((p) => scoreAttempt(loaded, p.slowest, p.ending));
  for (const d of DIMENSIONS) {
    const best = instant.map((c) => c.dimensions[d].score).filter((s): s is number => s !== null);
    const worst = slowest.map((c) => c.dimensions[d].score).filter((s): s is number => s !== null);
    const range = report.dimensions[d];
    expect(range.best?.score ?? null, `best ${d}`).toBe(
      best.length === 0 ? null : Math.max(...best),
    );
    expect(range.worst?.score ?? null, `worst ${d}`).toBe(
      worst.length === 0 ? null : Math.min(...worst),
    );
    // The reported path really earns the reported score.
    if (range.best !== null) {
      const path = byChoices.get(stepKey(range.best.path));
      expect(path, `best ${d} path exists`).toBeDefined();
      if (path !== undefined)
        expect(scoreAttempt(loaded, path.instant).dimensions[d].score).toBe(range.best.score);
      expect(range.best.ending?.state).toBe(path?.endingState);
    }
  }
  const overalls = instant.map((c) => c.overall ?? -1);
  const best = report.overall.best;
  expect(best).not.toBeNull();
  if (best !== null) {
    // Few paths: the overall extremes are exact.
    expect(best.exact).toBe(true);
    expect(best.overall).toBe(Math.max(...overalls));
    const path = byChoices.get(stepKey(best.path));
    expect(path && scoreAttempt(loaded, path.instant).overall).toBe(best.overall);
  }
  const worst = report.overall.worst;
  expect(worst?.overall).toBe(Math.min(...slowest.map((c) => c.overall ?? 101)));
}

describe('analysis of generated scenarios', () => {
  it('matches enumeration on a generated 4×3 scenario', () => {
    const loaded = loadedOf({ layers: 4, width: 3, seed: 7, flags: true });
    const report = analyseScenario(loaded);
    expect(report.traps).toEqual([]);
    expect(report.eventlessLoops).toEqual([]);
    checkAgainstEnumeration(loaded, report, enumeratePaths(loaded));
  });

  it('property: DP path counts and best/worst per dimension equal brute force on random small DAGs', () => {
    fc.assert(
      fc.property(
        fc.record({
          layers: fc.integer({ min: 1, max: 4 }),
          width: fc.integer({ min: 1, max: 3 }),
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          flags: fc.boolean(),
          phases: fc.boolean(),
          endings: fc.integer({ min: 2, max: 4 }),
        }),
        (options) => {
          const loaded = loadedOf(options);
          checkAgainstEnumeration(loaded, analyseScenario(loaded), enumeratePaths(loaded));
        },
      ),
      { numRuns: 150 },
    );
  });
});
