import { useEffect, useState } from 'react';
import type { AttemptStore, StoredAttempt } from '../../storage/attempt-store.ts';
import { watchAttempts } from './watch-attempts.ts';

/** A trainee's stored attempts as they load. */
export type TraineeAttempts =
  | { status: 'loading' }
  | { status: 'ready'; attempts: StoredAttempt[] }
  | { status: 'failed'; message: string };

interface Answer {
  store: AttemptStore;
  trainee: string;
  value: TraineeAttempts;
}

const LOADING: TraineeAttempts = { status: 'loading' };

/** Every stored attempt of `trainee`, kept up to date as attempts are saved or abandoned. */
export function useTraineeAttempts(store: AttemptStore, trainee: string): TraineeAttempts {
  const [answer, setAnswer] = useState<Answer | undefined>();
  useEffect(
    () =>
      watchAttempts(
        store,
        { trainee },
        (attempts) => setAnswer({ store, trainee, value: { status: 'ready', attempts } }),
        (message) => setAnswer({ store, trainee, value: { status: 'failed', message } }),
      ),
    [store, trainee],
  );
  // An answer for another trainee (just switched) must never show as this one's.
  return answer?.store === store && answer.trainee === trainee ? answer.value : LOADING;
}
