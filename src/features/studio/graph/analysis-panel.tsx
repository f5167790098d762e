import { memo, useId, useMemo } from 'react';
import type { AnalysisReport } from '../../../core/analysis/analysis-types.ts';
import { DIMENSIONS, type Dimension } from '../../../core/scenario/scenario-types.ts';
import type { DiagramNode, ScenarioDiagram } from '../../../core/studio/diagram-types.ts';
import { endingName, pathWords, plural, stepWords } from './analysis-words.ts';
import './analysis-panel.css';

const LABELS: Record<Dimension, string> = {
  tone: 'Tone',
  promptness: 'Promptness',
  extraMile: 'Extra mile',
};

/** Props of {@link AnalysisPanel}. */
export interface AnalysisPanelProps {
  /** The report; undefined while the file does not load. */
  analysis: AnalysisReport | undefined;
  /** The scenario's diagram, for state names and ending titles. */
  diagram?: ScenarioDiagram;
}

function ScoreTable({ analysis }: { analysis: AnalysisReport }) {
  const { best, worst } = analysis.overall;
  return (
    <table className="analysis-panel__scores">
      <caption>Best and worst reachable scores</caption>
      <thead>
        <tr>
          <th scope="col">Score</th>
          <th scope="col">Worst</th>
          <th scope="col">Best</th>
          <th scope="col">Best ends</th>
        </tr>
      </thead>
      <tbody>
        {DIMENSIONS.map((d) => {
          const range = analysis.dimensions[d];
          return (
            <tr key={d}>
              <th scope="row">{LABELS[d]}</th>
              {range.best === null || range.worst === null ? (
                <td colSpan={3}>not assessed on any path</td>
              ) : (
                <>
                  <td>{range.worst.score}</td>
                  <td>
                    {range.best.score}
                    {range.best.viaLoop ? ' (by repeating a loop)' : ''}
                  </td>
                  <td>{endingName(range.best.ending)}</td>
                </>
              )}
            </tr>
          );
        })}
        <tr>
          <th scope="row">Overall</th>
          {best === null || worst === null ? (
            <td colSpan={3}>no path to score</td>
          ) : (
            <>
              <td>{worst.overall}</td>
              <td>
                {best.overall}
                {best.exact ? '' : ' (best found)'}
              </td>
              <td>{endingName(best.ending)}</td>
            </>
          )}
        </tr>
      </tbody>
    </table>
  );
}

/**
 * The analysis for reading: size, paths (shortest, longest), best and worst reachable scores,
 * endings reached and not, problems, and the model answer step by step. The same facts as the
 * checker's summary line.
 */
function AnalysisPanelView({ analysis, diagram }: AnalysisPanelProps) {
  const titleId = useId();
  const nodes = useMemo(
    () => new Map<string, DiagramNode>(diagram?.nodes.map((n) => [n.id, n])),
    [diagram],
  );
  if (analysis === undefined) {
    return (
      <section className="analysis-panel" aria-labelledby={titleId}>
        <h2 id={titleId}>Analysis</h2>
        <p>No analysis: the file has errors to fix first.</p>
      </section>
    );
  }
  const nameOf = (id: string): string => nodes.get(id)?.name || id;
  const reached = new Set(analysis.endingsReached);
  const problems = [...analysis.traps, ...analysis.noWayOut, ...analysis.eventlessLoops];
  const { longest, shortest } = analysis;
  return (
    <section className="analysis-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Analysis</h2>
      <p>
        {plural(analysis.states, 'state')}, {plural(analysis.options, 'option')},{' '}
        {plural(analysis.endings.length, 'ending')} (
        {reached.size === analysis.endings.length ? 'all reachable' : `${reached.size} reachable`}).
      </p>
      {analysis.truncated ? (
        <p>
          The scenario has more than {analysis.productNodes} distinct situations; path figures were
          not computed.
        </p>
      ) : (
        <>
          <h3>Paths</h3>
          <dl className="analysis-panel__facts">
            <dt>Distinct paths</dt>
            <dd>
              {analysis.paths === 'cyclic'
                ? 'unbounded (the conversation can loop)'
                : analysis.paths}
            </dd>
            <dt>Shortest</dt>
            <dd>
              {shortest === null
                ? 'none'
                : `${plural(shortest.turns, 'turn')}, ends ${endingName(shortest.ending)}: ${pathWords(shortest.path)}`}
            </dd>
            <dt>Longest</dt>
            <dd>
              {longest === null
                ? 'none'
                : longest === 'unbounded'
                  ? 'unbounded'
                  : `${plural(longest.turns, 'turn')}, ends ${endingName(longest.ending)}: ${pathWords(longest.path)}`}
            </dd>
          </dl>
          <ScoreTable analysis={analysis} />
        </>
      )}
      <h3>Endings</h3>
      <ul className="analysis-panel__endings">
        {analysis.endings.map((id) => {
          const ending = nodes.get(id)?.ending;
          return (
            <li key={id}>
              {ending?.title ?? nameOf(id)}
              {ending === undefined ? '' : ` (${ending.outcome})`}:{' '}
              {reached.has(id) ? 'reached' : <strong>never reached</strong>}
            </li>
          );
        })}
      </ul>
      {problems.length > 0 && (
        <>
          <h3>Problems</h3>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Model answer</h3>
      {analysis.modelAnswer === null || analysis.overall.best === null ? (
        <p>No model answer: no path reaches an ending.</p>
      ) : (
        <>
          <p>
            Overall {analysis.overall.best.overall}, ends {endingName(analysis.overall.best.ending)}
            .
          </p>
          <ol className="analysis-panel__steps">
            {analysis.modelAnswer.map((step, i) => (
              <li key={i}>
                {stepWords(step, nameOf)}
                {step.reply === '' ? null : <q> {step.reply}</q>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** AnalysisPanel, redrawn only when its props change (not on every keystroke in the editor). */
export const AnalysisPanel = memo(AnalysisPanelView);
