import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { DIMENSIONS, type Dimension } from '../scenario/scenario-types.ts';
import type {
  AnalysisReport,
  DimensionRange,
  EventlessLoop,
  PathSummary,
} from './analysis-types.ts';
import { dimensionExtremes, toRange, type FoundExtreme } from './dimension-extremes.ts';
import { edgeMarks } from './edge-marks.ts';
import type { Explored } from './explored.ts';
import { analyseStructure, reverseIndex } from './graph-structure.ts';
import { guardReads } from './guard-reads.ts';
import { describeNode, stateName } from './node-wording.ts';
import { overallExtreme } from './overall-extremes.ts';
import { pathFigures } from './path-counts.ts';
import { buildProductGraph, MAX_PRODUCT_NODES } from './build-product-graph.ts';
import { nodeAt, optionsAt, timeoutsAt, type ProductGraph } from './product-graph.ts';
import { toEnding } from './routes.ts';
import { solverLayout } from './solver-layout.ts';
import { initialContext, replayWalk } from './walk-replay.ts';

function summary(explored: Explored, walk: number[]): PathSummary {
  const replayed = replayWalk(explored.loaded, explored.pg, walk, 'instant');
  return { turns: walk.length, path: replayed.steps, ending: replayed.ending };
}

function loops(loaded: LoadedScenario, pg: ProductGraph): EventlessLoop[] {
  return pg.loops.map((loop) => {
    const state = loop.from < 0 ? '' : (pg.leaves[pg.nodeLeaf[loop.from] ?? -1] ?? '');
    const via = loop.via.map((id) => `'${stateName(loaded.graph, id)}'`).join(' \u2192 ');
    const after =
      loop.from < 0
        ? 'as the conversation starts'
        : `after '${loop.choice}' at '${stateName(loaded.graph, state)}'`;
    return {
      state,
      choice: loop.choice,
      via: loop.via,
      message: `eventless transitions loop forever ${after}, through ${via}`,
    };
  });
}

const EMPTY_RANGES: Record<Dimension, DimensionRange> = {
  tone: { best: null, worst: null },
  promptness: { best: null, worst: null },
  extraMile: { best: null, worst: null },
};

/**
 * Explores every decision sequence of a scenario through the product of its states and
 * what its guards can read, and reports reachability, traps, path counts and the best and
 * worst reachable scores without enumerating paths.
 */
export function analyseScenario(
  loaded: LoadedScenario,
  maxNodes = MAX_PRODUCT_NODES,
): AnalysisReport {
  const { graph, scenario } = loaded;
  const reads = guardReads(graph);
  const pg = buildProductGraph(graph, initialContext(loaded), reads, maxNodes);
  const endings = graph.order.filter((id) => graph.states.get(id)?.kind === 'final');
  const reached = new Uint8Array(graph.order.length);
  for (const leaf of pg.nodeLeaf) reached[leaf] = 1;
  const leaves = new Set(graph.order.filter((_, i) => reached[i] === 1));
  let options = 0;
  for (const node of graph.states.values()) options += node.options.length;
  const report: AnalysisReport = {
    scenarioId: scenario.id,
    states: graph.order.length - 1,
    options,
    endings,
    productNodes: pg.size,
    edges: pg.edgeCount,
    truncated: pg.truncated,
    reachableStates: graph.order.filter((id) => leaves.has(id)),
    endingsReached: endings.filter((id) => leaves.has(id)),
    unreachableEndings: pg.truncated ? [] : endings.filter((id) => !leaves.has(id)),
    traps: [],
    eventlessLoops: loops(loaded, pg),
    noWayOut: [],
    cyclic: false,
    paths: '0',
    shortest: null,
    longest: null,
    dimensions: EMPTY_RANGES,
    overall: { best: null, worst: null },
    modelAnswer: null,
  };
  if (pg.truncated) return report;

  const reverse = reverseIndex(pg);
  const ending = toEnding(pg, reverse);
  const structure = analyseStructure(pg, ending, reverse);
  for (let u = 0; u < pg.size; u++) {
    if (pg.final[u] === 1) continue;
    if (optionsAt(pg, u).length === 0 && timeoutsAt(pg, u).length === 0) {
      report.traps.push(describeNode(graph, nodeAt(pg, u), reads, 'stuck'));
    } else if (structure.coReachable[u] !== 1) {
      const node = nodeAt(pg, u);
      report.noWayOut.push(describeNode(graph, node, reads, 'no ending can be reached any more'));
    }
  }
  const layout = solverLayout(pg, structure);
  const figures = pathFigures(layout, structure, ending);
  const explored: Explored = {
    loaded,
    pg,
    structure,
    ending,
    layout,
    longestTurns: Array.isArray(figures.longest) ? figures.longest.length : Infinity,
    marks: edgeMarks(loaded, layout),
  };
  report.cyclic = structure.cyclic;
  report.paths = figures.paths;
  report.shortest = figures.shortest === null ? null : summary(explored, figures.shortest);
  report.longest =
    figures.longest === null || figures.longest === 'unbounded'
      ? figures.longest
      : summary(explored, figures.longest);

  const found: Record<Dimension, { best: FoundExtreme | null; worst: FoundExtreme | null }> = {
    tone: dimensionExtremes(explored, 'tone'),
    promptness: dimensionExtremes(explored, 'promptness'),
    extraMile: dimensionExtremes(explored, 'extraMile'),
  };
  report.dimensions = {
    tone: toRange(found.tone),
    promptness: toRange(found.promptness),
    extraMile: toRange(found.extraMile),
  };
  const seeds = (side: 'best' | 'worst'): number[][] =>
    DIMENSIONS.flatMap((d) => {
      const walk = found[d][side]?.walk;
      return walk === undefined ? [] : [walk];
    });
  const best = overallExtreme(explored, 'max', 'instant', seeds('best'), figures.paths);
  report.overall = {
    best,
    worst: overallExtreme(explored, 'min', 'slowest', seeds('worst'), figures.paths),
  };
  report.modelAnswer = best?.path ?? null;
  return report;
}
