/** Props of {@link ScorecardActions}. */
export interface ScorecardActionsProps {
  /** Plays the scenario again. */
  onRetry: () => void;
  /** Next scenario; hidden when absent. */
  onNext: (() => void) | undefined;
  /** Back to the library. */
  onExit: () => void;
  /** Saves the attempt as JSON; the button is hidden when absent. */
  onDownload: (() => void) | undefined;
}

/** What to do next; none of it is printed. */
export function ScorecardActions({ onRetry, onNext, onExit, onDownload }: ScorecardActionsProps) {
  return (
    <div className="scorecard__actions" role="group" aria-label="What next">
      <button type="button" onClick={onRetry}>
        Try again
      </button>
      {onNext !== undefined && (
        <button type="button" onClick={onNext}>
          Next scenario
        </button>
      )}
      <button type="button" className="button--quiet" onClick={onExit}>
        Back to the library
      </button>
      {onDownload !== undefined && (
        <button type="button" className="button--quiet" onClick={onDownload}>
          Download the attempt (JSON)
        </button>
      )}
      <button type="button" className="button--quiet" onClick={() => window.print()}>
        Print
      </button>
    </div>
  );
}
