import type { Problem } from '../scenario/diagnostic.ts';
import type { ScenarioGraph } from '../scenario/graph-types.ts';
import type { AnalysisReport, Trap } from './analysis-types.ts';
import { stateName } from './node-wording.ts';

function pathOf(graph: ScenarioGraph, state: string): Problem['path'] {
  return graph.states.get(state)?.path ?? ['machine'];
}

/** One problem per state: many contexts can be stuck at the same place. */
function perState(graph: ScenarioGraph, traps: readonly Trap[], code: string): Problem[] {
  const byState = new Map<string, Trap[]>();
  for (const trap of traps) byState.set(trap.state, [...(byState.get(trap.state) ?? []), trap]);
  return [...byState.values()].map((group) => {
    const [first] = group;
    const more =
      group.length > 1
        ? ` (and in ${group.length - 1} other situation${group.length > 2 ? 's' : ''})`
        : '';
    return {
      path: pathOf(graph, first?.state ?? ''),
      severity: 'error' as const,
      code,
      message: `${first?.message ?? ''}${more}`,
      atKey: true,
    };
  });
}

/**
 * The analysis findings as checker problems, located at the states they are about:
 * traps, endless eventless loops and dead ends are errors; an ending no path reaches is a warning.
 */
export function analysisProblems(report: AnalysisReport, graph: ScenarioGraph): Problem[] {
  const problems: Problem[] = [
    ...perState(graph, report.traps, 'trap'),
    ...perState(graph, report.noWayOut, 'no-way-out'),
  ];
  const loops = new Set<string>();
  for (const loop of report.eventlessLoops) {
    const at = loop.via[0] ?? loop.state;
    if (loops.has(at)) continue;
    loops.add(at);
    problems.push({
      path: pathOf(graph, at),
      severity: 'error',
      code: 'eventless-loop',
      message: loop.message,
      atKey: true,
    });
  }
  for (const ending of report.unreachableEndings) {
    problems.push({
      path: pathOf(graph, ending),
      severity: 'warning',
      code: 'unreachable-ending',
      message: `ending '${stateName(graph, ending)}' can never be reached`,
      atKey: true,
    });
  }
  if (report.truncated) {
    problems.push({
      path: ['machine'],
      severity: 'warning',
      code: 'analysis-truncated',
      message: `the analysis stopped after ${report.productNodes} situations; path and score figures are left out`,
    });
  }
  return problems;
}
