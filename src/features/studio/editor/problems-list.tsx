import type { Diagnostic } from '../../../core/scenario/diagnostic.ts';
import './problems-list.css';

/** Props of {@link ProblemsList}. */
export interface ProblemsListProps {
  /** The problems, in the order to show them (the checker sorts them by position). */
  diagnostics: readonly Diagnostic[];
  /** Called when a problem is chosen (click, Enter or Space): jump to it. */
  onSelect: (d: Diagnostic) => void;
}

/** The problems of the open file, one button each (`line:col severity message`) that jumps to it. */
export function ProblemsList({ diagnostics, onSelect }: ProblemsListProps) {
  if (diagnostics.length === 0) return <p className="problems-list__empty">No problems</p>;
  return (
    <ul className="problems-list">
      {diagnostics.map((d, i) => (
        <li key={`${d.line}:${d.column}:${d.code}:${i}`}>
          <button
            type="button"
            className={`problems-list__item problems-list__item--${d.severity}`}
            onClick={() => onSelect(d)}
          >
            <span className="problems-list__where">
              {d.line}:{d.column}
            </span>{' '}
            <span className="problems-list__severity">{d.severity}</span>{' '}
            <span className="problems-list__message">{d.message}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
