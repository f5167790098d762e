/**
 * The registration's outcome state document: what earlier sessions of the registration already
 * recorded (Completed, Passed), so a later session does not send them again.
 */
import type { Cmi5LaunchParams } from './cmi5-launch-params.ts';
import type { RecordedOutcome } from './cmi5-move-on.ts';
import type { Cmi5Client } from './cmi5-session-types.ts';

/** The state document where the AU remembers what the registration already holds. */
export const OUTCOME_STATE_ID = 'https://extra-mile.app/xapi/state/outcome';

/** What the registration already holds; nothing recorded when the state cannot be read. */
export async function readOutcome(
  cmi5: Cmi5Client,
  launch: Cmi5LaunchParams,
): Promise<RecordedOutcome> {
  try {
    const response = await cmi5.xapi?.getState({
      agent: launch.actor,
      activityId: launch.activityId,
      registration: launch.registration,
      stateId: OUTCOME_STATE_ID,
    });
    const data: unknown = response?.data;
    const fields =
      typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    return { completed: fields.completed === true, passed: fields.passed === true };
  } catch {
    // 404 for a first launch; for any other failure the session still works, it just cannot
    // know about earlier sessions of the registration.
    return { completed: false, passed: false };
  }
}

/** Remembers the outcome for later sessions of the registration; rejects when the LRS refuses. */
export async function writeOutcome(
  cmi5: Cmi5Client,
  launch: Cmi5LaunchParams,
  recorded: RecordedOutcome,
): Promise<void> {
  await cmi5.xapi?.setState({
    agent: launch.actor,
    activityId: launch.activityId,
    registration: launch.registration,
    stateId: OUTCOME_STATE_ID,
    state: { ...recorded },
  });
}
