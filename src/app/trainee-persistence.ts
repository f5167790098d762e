/** localStorage key of the trainee preference (also used by e2e fixtures to seed a trainee). */
export const TRAINEE_STORAGE_KEY = 'extra-mile:trainee';

/** Version of the persisted shape; bump with a migration when it changes. */
export const TRAINEE_STORAGE_VERSION = 1;

/** What is remembered across visits. */
export interface PersistedTrainee {
  /** The trainee's name, or null before anyone said who they are. */
  trainee: string | null;
  /** Names used on this device, most recent first, for a one-click switch back. */
  recent: string[];
}

/** The stored text for a trainee, exactly as zustand's `persist` writes it. */
export function persistedTraineeText(trainee: string): string {
  const state: PersistedTrainee = { trainee, recent: [trainee] };
  return JSON.stringify({ state, version: TRAINEE_STORAGE_VERSION });
}

/**
 * The remembered trainee from whatever was stored: localStorage can be edited by hand or
 * written by an older version, so anything that is not the expected shape is dropped.
 */
export function readPersistedTrainee(stored: unknown): PersistedTrainee {
  const value = typeof stored === 'object' && stored !== null ? stored : {};
  const trainee = 'trainee' in value && typeof value.trainee === 'string' ? value.trainee : null;
  const recent =
    'recent' in value && Array.isArray(value.recent)
      ? value.recent.filter((n): n is string => typeof n === 'string')
      : [];
  return { trainee: trainee === '' ? null : trainee, recent };
}
