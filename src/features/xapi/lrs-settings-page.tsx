import { useEffect, useId, useState } from 'react';
import type { OutboxCounts } from '../../storage/statement-outbox.ts';
import type { ConnectionVerdict } from './connection-check.ts';
import { Field } from './lrs-form-field.tsx';
import { formFromSettings } from './lrs-form.ts';
import { settingsFromForm, type LrsForm, type LrsSettings } from './lrs-settings.ts';
import type { LrsSettingsStore } from './lrs-settings-store.ts';
import './lrs-settings-page.css';

/** Props of {@link LrsSettingsPage}. */
export interface LrsSettingsPageProps {
  /** Where the settings are kept. */
  store: LrsSettingsStore;
  /** Checks a connection (GET /about, then one read with the credentials). */
  checkConnection: (settings: LrsSettings) => Promise<ConnectionVerdict>;
  /** The outbox's counts, when one runs in this browser. */
  outboxCounts?: () => Promise<OutboxCounts>;
  /** Settings were saved or forgotten: the app starts or stops sending. */
  onSettingsChanged: (settings: LrsSettings | undefined) => void;
  /** Sends what waits now (after an outage or a fix). */
  onSendNow?: () => void;
  /** What keeps attempts from the LRS right now (bad launch link, stopped sending), in sentences. */
  problems?: () => readonly string[];
}

type Problems = Partial<Record<keyof LrsForm, string>>;

/**
 * Where a manager connects this browser to the company's Learning Record Store: the
 * endpoint, the key and secret it issued, and who the trainee is to it. "Test the
 * connection" says which step failed; saving starts sending every attempt from then on.
 */
export function LrsSettingsPage(props: LrsSettingsPageProps) {
  const { store, checkConnection, outboxCounts, onSettingsChanged, onSendNow } = props;
  const blockers = props.problems;
  const [form, setForm] = useState<LrsForm>(() => formFromSettings(store.manager()));
  const [problems, setProblems] = useState<Problems>({});
  const [verdict, setVerdict] = useState<{ ok: boolean; message: string } | undefined>();
  const [counts, setCounts] = useState<OutboxCounts | undefined>();
  const [blocking, setBlocking] = useState<readonly string[]>(() => blockers?.() ?? []);
  const [saved, setSaved] = useState(() => store.manager() !== undefined);
  const launch = store.launch();
  const formId = useId();

  useEffect(() => {
    if (outboxCounts === undefined) return;
    let live = true;
    const refresh = () => {
      void outboxCounts().then((c) => live && setCounts(c));
      if (blockers !== undefined) {
        const now = blockers();
        // Same sentences, same array: the alert is not re-announced every two seconds.
        setBlocking((before) => (before.join('\n') === now.join('\n') ? before : now));
      }
    };
    refresh();
    const timer = window.setInterval(refresh, 2_000);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [outboxCounts, blockers]);

  const valid = (): LrsSettings | undefined => {
    const result = settingsFromForm(form);
    if (result.ok) {
      setProblems({});
      return result.settings;
    }
    setProblems(Object.fromEntries(result.problems.map((p) => [p.field, p.message])));
    setVerdict({ ok: false, message: 'Some settings need correcting: see the fields marked.' });
    return undefined;
  };
  const test = async () => {
    const settings = valid();
    if (settings === undefined) return;
    setVerdict({ ok: true, message: 'Testing the connection…' });
    setVerdict(await checkConnection(settings));
  };
  const save = () => {
    const settings = valid();
    if (settings === undefined) return;
    store.saveManager(settings);
    setSaved(true);
    setVerdict({
      ok: true,
      message: 'Saved: every attempt played in this browser from now on is sent to the LRS.',
    });
    onSettingsChanged(settings);
  };
  const forget = () => {
    store.saveManager(undefined);
    setForm(formFromSettings(undefined));
    setSaved(false);
    setVerdict({
      ok: true,
      message: 'Forgotten: attempts stay in this browser only. Statements not sent yet are kept.',
    });
    onSettingsChanged(undefined);
  };
  const set = (field: keyof LrsForm) => (value: string) =>
    setForm((before) => ({ ...before, [field]: value }));

  return (
    <section aria-labelledby={`${formId}-heading`} className="review-section lrs-settings">
      <h2 id={`${formId}-heading`}>Learning Record Store</h2>
      <p>
        Send every attempt to your company’s Learning Record Store (xAPI 1.0.3) as it is played.
        Attempts are also kept in this browser; statements wait here while the LRS cannot be reached
        and are sent once it can, each exactly once.
      </p>
      {blocking.length > 0 && (
        <div role="alert" className="lrs-settings__note">
          <p>Attempts are not reaching the LRS:</p>
          <ul>
            {blocking.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {launch !== undefined && (
        <p role="note" className="lrs-settings__note">
          This tab was opened with its own LRS settings ({launch.endpoint}): they apply until the
          tab is closed. The settings below are this browser’s own.
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <Field id={`${formId}-endpoint`} label="Endpoint" problem={problems.endpoint}>
          {(attrs) => (
            <input
              {...attrs}
              type="url"
              inputMode="url"
              autoComplete="url"
              placeholder="https://lrs.example.com/xapi/"
              value={form.endpoint}
              onChange={(e) => set('endpoint')(e.target.value)}
            />
          )}
        </Field>
        <Field id={`${formId}-key`} label="Key" problem={problems.key}>
          {(attrs) => (
            <input
              {...attrs}
              autoComplete="username"
              value={form.key}
              onChange={(e) => set('key')(e.target.value)}
            />
          )}
        </Field>
        <Field id={`${formId}-secret`} label="Secret" problem={problems.secret}>
          {(attrs) => (
            <input
              {...attrs}
              type="password"
              autoComplete="current-password"
              value={form.secret}
              onChange={(e) => set('secret')(e.target.value)}
            />
          )}
        </Field>
        <fieldset>
          <legend>Who the trainee is to the LRS</legend>
          <label>
            <input
              type="radio"
              name={`${formId}-identity`}
              checked={form.identityKind === 'email'}
              onChange={() => set('identityKind')('email')}
            />
            By email
          </label>
          <label>
            <input
              type="radio"
              name={`${formId}-identity`}
              checked={form.identityKind === 'account'}
              onChange={() => set('identityKind')('account')}
            />
            By an account on another system
          </label>
          {form.identityKind === 'email' ? (
            <Field id={`${formId}-email`} label="Trainee’s email" problem={problems.email}>
              {(attrs) => (
                <input
                  {...attrs}
                  type="email"
                  autoComplete="email"
                  value={form.email}
                  onChange={(e) => set('email')(e.target.value)}
                />
              )}
            </Field>
          ) : (
            <>
              <Field
                id={`${formId}-home`}
                label="Address of the account’s system"
                problem={problems.homePage}
              >
                {(attrs) => (
                  <input
                    {...attrs}
                    type="url"
                    placeholder="https://hr.example.com"
                    value={form.homePage}
                    onChange={(e) => set('homePage')(e.target.value)}
                  />
                )}
              </Field>
              <Field
                id={`${formId}-account`}
                label="Trainee’s account name"
                problem={problems.accountName}
              >
                {(attrs) => (
                  <input
                    {...attrs}
                    value={form.accountName}
                    onChange={(e) => set('accountName')(e.target.value)}
                  />
                )}
              </Field>
            </>
          )}
          <Field
            id={`${formId}-name`}
            label="Name shown in the LRS (optional: the name given in the app otherwise)"
            problem={problems.displayName}
          >
            {(attrs) => (
              <input
                {...attrs}
                autoComplete="name"
                value={form.displayName}
                onChange={(e) => set('displayName')(e.target.value)}
              />
            )}
          </Field>
        </fieldset>
        <div className="lrs-settings__actions">
          <button type="button" className="review-button" onClick={() => void test()}>
            Test the connection
          </button>
          <button type="submit" className="review-button">
            Save
          </button>
          {saved && (
            <button type="button" className="review-button review-button--quiet" onClick={forget}>
              Forget these settings
            </button>
          )}
        </div>
      </form>
      <p role="status" className={verdict?.ok === false ? 'lrs-settings__problem' : undefined}>
        {verdict?.message}
      </p>
      {counts !== undefined && (
        <section aria-labelledby={`${formId}-outbox`}>
          <h3 id={`${formId}-outbox`}>Statements from this browser</h3>
          <p>
            {counts.sent.toLocaleString()} sent, {counts.pending.toLocaleString()} waiting
            {counts.rejected > 0 ? `, ${counts.rejected.toLocaleString()} refused by the LRS` : ''}.
            {counts.lastReason !== undefined && counts.pending + counts.rejected > 0
              ? ` Last problem: ${counts.lastReason}`
              : ''}
          </p>
          {counts.pending > 0 && onSendNow !== undefined && (
            <button type="button" className="review-button" onClick={onSendNow}>
              Send now
            </button>
          )}
        </section>
      )}
    </section>
  );
}
