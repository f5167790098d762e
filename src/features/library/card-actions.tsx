import { useEffect, useRef, useState } from 'react';
import type { Mode } from '../../core/attempt/attempt-log.ts';
import type { StoredAttempt } from '../../storage/attempt-store.ts';
import { AbandonDialog } from './abandon-dialog.tsx';
import { MODE_NAMES, formatAttemptDate } from './format-date.ts';

/** Props of {@link CardActions}. */
export interface CardActionsProps {
  /** Scenario id. */
  scenarioId: string;
  /** Scenario title, added to every button's accessible name. */
  title: string;
  /** The trainee's attempt in progress, if any: continue or abandon it instead of starting. */
  inProgress: StoredAttempt | undefined;
  /** Starts a new attempt in a mode. */
  onStart: (scenarioId: string, mode: Mode) => void;
  /** Continues an attempt in progress. */
  onContinue: (attempt: StoredAttempt) => void;
  /** Abandons an attempt in progress (after the trainee confirmed). */
  onAbandon: (attemptId: string) => Promise<void>;
}

/** What a trainee can do with one scenario: practise, be assessed, or continue/abandon. */
export function CardActions(props: CardActionsProps) {
  const { scenarioId, title, inProgress, onStart, onContinue, onAbandon } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const practiseRef = useRef<HTMLButtonElement>(null);
  const abandoning = useRef(false);
  const [error, setError] = useState<string | undefined>();

  // The Abandon button disappears once the store reports the change: focus moves to
  // "Practise" rather than falling back to the top of the page.
  useEffect(() => {
    if (inProgress === undefined && abandoning.current) {
      abandoning.current = false;
      practiseRef.current?.focus();
    }
  }, [inProgress]);

  // The space sits outside the hidden span: some name algorithms trim inside elements.
  const named = (
    <>
      {' '}
      <span className="visually-hidden">{title}</span>
    </>
  );
  if (inProgress === undefined) {
    return (
      <div className="scenario-card__actions">
        <button ref={practiseRef} type="button" onClick={() => onStart(scenarioId, 'practice')}>
          Practise{named}
        </button>
        <button
          type="button"
          className="library-button--secondary"
          onClick={() => onStart(scenarioId, 'assessment')}
        >
          Take assessment{named}
        </button>
      </div>
    );
  }

  const confirm = () => {
    abandoning.current = true;
    setError(undefined);
    onAbandon(inProgress.attemptId).catch((e: unknown) => {
      abandoning.current = false;
      setError(e instanceof Error ? e.message : String(e));
    });
  };
  return (
    <div className="scenario-card__resume">
      <p>
        <span className="library-badge">In progress</span> {MODE_NAMES[inProgress.mode]}, started{' '}
        <time dateTime={new Date(inProgress.startedAt).toISOString()}>
          {formatAttemptDate(inProgress.startedAt)}
        </time>
      </p>
      <div className="scenario-card__actions">
        <button type="button" onClick={() => onContinue(inProgress)}>
          Continue{named}
        </button>
        <button
          type="button"
          className="library-button--secondary"
          onClick={() => dialogRef.current?.showModal()}
        >
          Abandon{named}
        </button>
      </div>
      {error !== undefined && (
        <p role="alert" className="scenario-card__error">
          The attempt could not be abandoned: {error}
        </p>
      )}
      <AbandonDialog ref={dialogRef} title={title} mode={inProgress.mode} onConfirm={confirm} />
    </div>
  );
}
