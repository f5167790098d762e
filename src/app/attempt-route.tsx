import { useEffect, useState } from 'react';
import { useAttemptStore } from '../storage/attempt-store-context.tsx';
import type { StoredAttempt } from '../storage/attempt-store.ts';
import { StoredScorecard } from './stored-scorecard.tsx';

interface Lookup {
  /** The id looked up (an answer for another id is stale). */
  attemptId: string;
  /** The attempt, undefined when there is none, or the reason it could not be read. */
  result: { attempt: StoredAttempt | undefined } | { error: string };
}

/** `#/attempt/<id>`: a stored attempt's scorecard, or a clear page when there is none. */
export function AttemptRoute({ attemptId }: { attemptId: string }) {
  const store = useAttemptStore();
  const [lookup, setLookup] = useState<Lookup | undefined>();
  useEffect(() => {
    let live = true;
    store.get(attemptId).then(
      (attempt) => live && setLookup({ attemptId, result: { attempt } }),
      (e: unknown) =>
        live &&
        setLookup({ attemptId, result: { error: e instanceof Error ? e.message : String(e) } }),
    );
    return () => {
      live = false;
    };
  }, [store, attemptId]);

  if (lookup?.attemptId !== attemptId) {
    return (
      <main className="app-shell">
        <p role="status">Loading the scorecard…</p>
      </main>
    );
  }
  if ('attempt' in lookup.result && lookup.result.attempt !== undefined) {
    return <StoredScorecard attempt={lookup.result.attempt} />;
  }
  return (
    <main className="app-shell">
      <h1>Attempt not found</h1>
      <p>
        {'error' in lookup.result
          ? `Your attempts could not be read: ${lookup.result.error}`
          : `There is no saved attempt called “${attemptId}” on this device.`}
      </p>
      <p>
        <a href="#/history">Back to your history</a>
      </p>
    </main>
  );
}
