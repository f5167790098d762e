import { useId, type RefObject } from 'react';
import type { Mode } from '../../core/attempt/attempt-log.ts';
import { MODE_NAMES } from './format-date.ts';

/** Props of {@link AbandonDialog}. */
export interface AbandonDialogProps {
  /** The dialog element; the caller opens it with `showModal()`. */
  ref: RefObject<HTMLDialogElement | null>;
  /** Title of the scenario whose attempt would be abandoned. */
  title: string;
  /** Mode of that attempt. */
  mode: Mode;
  /** Abandons the attempt (the dialog closes itself either way). */
  onConfirm: () => void;
}

/**
 * Asks before abandoning an attempt in progress. A native modal dialog: it traps focus,
 * closes on Escape and gives focus back to the button that opened it. "Keep it" comes
 * first so the safe choice has focus when it opens.
 */
export function AbandonDialog({ ref, title, mode, onConfirm }: AbandonDialogProps) {
  const headingId = useId();
  const textId = useId();
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={headingId}
      aria-describedby={textId}
    >
      <h2 id={headingId}>Abandon this attempt?</h2>
      <p id={textId}>
        Your {MODE_NAMES[mode].toLowerCase()} attempt at “{title}” stops here and cannot be
        continued. It is kept in your records as abandoned.
      </p>
      {/* method="dialog": either button closes the dialog without a page submit. */}
      <form method="dialog" className="confirm-dialog__actions">
        <button type="submit" value="keep" className="library-button--secondary">
          Keep it
        </button>
        <button
          type="submit"
          value="abandon"
          className="library-button--danger"
          onClick={onConfirm}
        >
          Abandon attempt
        </button>
      </form>
    </dialog>
  );
}
