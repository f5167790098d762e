/**
 * cmi5's moveOn values (course structure, section 13.1.4): what the LMS needs to hear
 * from an AU before it counts the AU as satisfied.
 */
export const MOVE_ON_VALUES = [
  'Passed',
  'Completed',
  'CompletedAndPassed',
  'CompletedOrPassed',
  'NotApplicable',
] as const;

/** One moveOn value. */
export type MoveOn = (typeof MOVE_ON_VALUES)[number];

/** Whether a string is one of the spec's moveOn values (exact case, as the XSD requires). */
export function isMoveOn(value: unknown): value is MoveOn {
  return typeof value === 'string' && (MOVE_ON_VALUES as readonly string[]).includes(value);
}

/** What the LMS has heard for this AU in the registration so far. */
export interface RecordedOutcome {
  /** A Completed statement was sent. */
  completed: boolean;
  /** A Passed statement was sent. */
  passed: boolean;
}

/** Whether the LMS now counts the AU as satisfied, by the spec's reading of moveOn. */
export function isSatisfied(moveOn: MoveOn, recorded: RecordedOutcome): boolean {
  switch (moveOn) {
    case 'Passed':
      return recorded.passed;
    case 'Completed':
      return recorded.completed;
    case 'CompletedAndPassed':
      return recorded.completed && recorded.passed;
    case 'CompletedOrPassed':
      return recorded.completed || recorded.passed;
    case 'NotApplicable':
      return true;
  }
}
