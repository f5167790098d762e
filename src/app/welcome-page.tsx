import { useId, useState, type FormEvent } from 'react';
import { checkTraineeName } from './trainee-name.ts';
import { useTraineeStore } from './trainee-store.ts';

/**
 * Asks who is training: on a first visit, and when switching trainee. A name only, no
 * password: attempts and best scores are kept per name on this device.
 */
export function WelcomePage() {
  const current = useTraineeStore((s) => s.trainee);
  const recent = useTraineeStore((s) => s.recent);
  const signIn = useTraineeStore((s) => s.signIn);
  const cancelSwitch = useTraineeStore((s) => s.cancelSwitch);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const inputId = useId();
  const errorId = useId();
  const others = recent.filter((n) => n !== current);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkTraineeName(name);
    if (checked.ok) signIn(checked.name);
    else setError(checked.message);
  };

  return (
    <main className="welcome">
      <h1>{current === null ? 'Welcome to Extra Mile' : 'Switch trainee'}</h1>
      <p>
        Practise real customer conversations and see how your tone, promptness and extra mile
        improve. Tell us your name so your scores are kept for you on this device. No password
        needed.
      </p>
      <form className="welcome__form" onSubmit={submit} noValidate>
        <label htmlFor={inputId}>Your name</label>
        <input
          id={inputId}
          type="text"
          autoComplete="name"
          // The only task on this screen: typing can start at once.
          autoFocus
          value={name}
          aria-invalid={error !== undefined}
          aria-describedby={error === undefined ? undefined : errorId}
          onChange={(e) => {
            setName(e.target.value);
            setError(undefined);
          }}
        />
        {error !== undefined && (
          <p id={errorId} role="alert" className="welcome__error">
            {error}
          </p>
        )}
        <div className="welcome__actions">
          <button type="submit">Start training</button>
          {current !== null && (
            <button type="button" className="app-button--secondary" onClick={cancelSwitch}>
              Stay {current}
            </button>
          )}
        </div>
      </form>
      {others.length > 0 && (
        <section aria-labelledby="recent-heading" className="welcome__recent">
          <h2 id="recent-heading">Trained here before?</h2>
          <ul>
            {others.map((n) => (
              <li key={n}>
                <button type="button" className="app-button--secondary" onClick={() => signIn(n)}>
                  Continue as {n}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
