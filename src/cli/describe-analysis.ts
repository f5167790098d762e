import type { AnalysisReport, EndingRef, PathStep } from '../core/analysis/analysis-types.ts';
import { DIMENSIONS, type Dimension } from '../core/scenario/scenario-types.ts';

const LABELS: Record<Dimension, string> = {
  tone: 'tone',
  promptness: 'promptness',
  extraMile: 'extra mile',
};

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function endingName(ending: EndingRef | null): string {
  return ending === null ? 'no ending' : `'${ending.title}'`;
}

/** A path as `choice → choice → ...`, with waits spelt out. */
export function describePath(path: readonly PathStep[]): string {
  if (path.length === 0) return '(no decision)';
  return path
    .map((step) =>
      step.choice === 'wait' ? `wait (${Math.round((step.delay ?? 0) / 1000)} s)` : step.choice,
    )
    .join(' \u2192 ');
}

/** The one-paragraph analysis the checker prints under a valid scenario. */
export function describeAnalysis(report: AnalysisReport): string {
  const endings = report.endings.length;
  const reached = report.endingsReached.length;
  const parts: string[] = [
    `${plural(report.states, 'state')}, ${plural(report.options, 'option')}, ${plural(endings, 'ending')} (${reached === endings ? 'all reachable' : `${reached} reachable`}).`,
  ];
  if (report.truncated) {
    parts.push(
      `The scenario has more than ${report.productNodes} distinct situations; path figures were not computed.`,
    );
    return parts.join(' ');
  }
  parts.push(
    report.paths === 'cyclic'
      ? 'Paths: unbounded (the conversation can loop).'
      : `${report.paths} distinct ${report.paths === '1' ? 'path' : 'paths'}.`,
  );
  if (report.shortest !== null) {
    parts.push(
      `Shortest: ${plural(report.shortest.turns, 'turn')} (ends ${endingName(report.shortest.ending)}).`,
    );
  }
  if (report.longest === 'unbounded') parts.push('Longest: unbounded.');
  else if (report.longest !== null) {
    parts.push(
      `Longest: ${plural(report.longest.turns, 'turn')} (ends ${endingName(report.longest.ending)}).`,
    );
  }
  const ranges = DIMENSIONS.map((d) => {
    const { best, worst } = report.dimensions[d];
    if (best === null || worst === null) return `${LABELS[d]} not assessed on any path`;
    return `${LABELS[d]} ${worst.score}\u2013${best.score} (best ends ${endingName(best.ending)})`;
  });
  const overall = report.overall;
  if (overall.best !== null && overall.worst !== null) {
    ranges.push(
      `overall ${overall.worst.overall}\u2013${overall.best.overall}${overall.best.exact ? '' : ' (best found)'}`,
    );
  }
  parts.push(`Reachable scores: ${ranges.join('; ')}.`);
  if (report.modelAnswer !== null && overall.best !== null) {
    parts.push(
      `Model answer (overall ${overall.best.overall}, ends ${endingName(overall.best.ending)}): ${describePath(report.modelAnswer)}.`,
    );
  }
  return parts.join(' ');
}
