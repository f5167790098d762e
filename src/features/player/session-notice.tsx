/** Props of {@link SessionNotice}. */
export interface SessionNoticeProps {
  /** A plain sentence from the session (e.g. why an unfinished attempt could not go on). */
  notice: string | undefined;
  /** The attempt continues where the trainee stopped earlier. */
  resumed: boolean;
  /** Abandons this attempt and starts a fresh one. */
  onStartOver: () => void;
}

/** Tells the trainee that they are continuing an earlier attempt, or why they are not. */
export function SessionNotice({ notice, resumed, onStartOver }: SessionNoticeProps) {
  if (notice === undefined && !resumed) return null;
  return (
    <div className="session-notice">
      {notice !== undefined && <p>{notice}</p>}
      {resumed && (
        <p>
          Welcome back: you are continuing where you stopped.{' '}
          <button
            type="button"
            className="button--quiet session-notice__button"
            onClick={onStartOver}
          >
            Start over
          </button>
        </p>
      )}
    </div>
  );
}
