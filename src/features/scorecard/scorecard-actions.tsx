/** Props of {@link ScorecardActions}. */
export interface ScorecardActionsProps {
  /** Plays the scenario again; hidden when absent (a manager reviewing). */
  onRetry: (() => void) | undefined;
  /** Next scenario; hidden when absent. */
  onNext: (() => void) | undefined;
  /** Back to the library; hidden when absent. */
  onExit: (() => void) | undefined;
  /** The way back's words, when it does not lead to the library (a playtest, an LMS course). */
  exitLabel?: string | undefined;
  /** Saves the attempt as JSON; the button is hidden when absent. */
  onDownload: (() => void) | undefined;
}

/** What to do next; none of it is printed. */
export function ScorecardActions({
  onRetry,
  onNext,
  onExit,
  exitLabel,
  onDownload,
}: ScorecardActionsProps) {
  return (
    <div className="scorecard__actions" role="group" aria-label="What next">
      {onRetry !== undefined && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
      {onNext !== undefined && (
        <button type="button" onClick={onNext}>
          Next scenario
        </button>
      )}
      {onExit !== undefined && (
        <button type="button" className="button--quiet" onClick={onExit}>
          {exitLabel ?? 'Back to the library'}
        </button>
      )}
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
