/** Why a reply was refused. */
export type ChoiceErrorCode =
  /** The option is not open at this turn (unknown id, or its guard fails). */
  | 'not-open'
  /** A timeout fired first: the customer spoke again before the reply. */
  | 'superseded'
  /** The previous reply or timeout is still being saved; its message is not shown yet. */
  | 'saving'
  /** The attempt is paused. */
  | 'paused'
  /** The conversation has ended. */
  | 'ended'
  /** The session was stopped. */
  | 'stopped';

/** A reply the session refused; nothing was logged. */
export class ChoiceError extends Error {
  /** Why it was refused, for the UI to react to. */
  readonly code: ChoiceErrorCode;

  /** Creates the error with a message for people. */
  constructor(code: ChoiceErrorCode, message: string) {
    super(message);
    this.name = 'ChoiceError';
    this.code = code;
  }
}
