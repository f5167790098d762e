import { useId, useState } from 'react';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { useAttemptStore } from '../../storage/attempt-store-context.tsx';
import { dayStart } from '../../ui/day-input.ts';
import { importFromLrs, type LrsImportOutcome, type StatementsReader } from './lrs-import.ts';
import type { LrsSettings } from './lrs-settings.ts';

/** Props of {@link LrsImportPanel}. */
export interface LrsImportPanelProps {
  /** The LRS settings in force, if any. */
  settings: () => LrsSettings | undefined;
  /** The library's activity id (what the statements are about). */
  activityBase: (settings: LrsSettings) => string;
  /** Library scenarios to choose from. */
  scenarios: readonly { id: string; title: string }[];
  /** Every library scenario, loaded, for replay. */
  loadScenarios: () => Promise<readonly LoadedScenario[]>;
  /** Reads statements with the given settings. */
  reader: (settings: LrsSettings) => Promise<StatementsReader>;
  /** Where the attempts table is. */
  attemptsHref: string;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** The outcome in sentences, the way the file import says it. */
function describe(outcome: LrsImportOutcome): string {
  const parts = [
    `${plural(outcome.read, 'attempt')} found in the LRS: ${outcome.added.toLocaleString()} added, ${outcome.alreadyHere.toLocaleString()} already here.`,
  ];
  if (outcome.added > 0) {
    parts.push(
      `Of those added, ${outcome.verified.toLocaleString()} verified by replay, ${outcome.altered.toLocaleString()} altered, ${outcome.cannotVerify.toLocaleString()} cannot be verified (a scenario version this app lacks).`,
    );
  }
  if (outcome.broken.length > 0) {
    parts.push(
      `${plural(outcome.broken.length, 'problem')} with incomplete attempts, listed below.`,
    );
  }
  if (outcome.ignored > 0) {
    parts.push(`${plural(outcome.ignored, 'statement')} from other tools ignored.`);
  }
  return parts.join(' ');
}

/**
 * Loads the attempts the LRS holds, by scenario and date, into this browser's review:
 * each attempt is rebuilt from its statements and verified by replay, like an imported file.
 */
export function LrsImportPanel(props: LrsImportPanelProps) {
  const { settings, activityBase, scenarios, loadScenarios, reader, attemptsHref } = props;
  const store = useAttemptStore();
  const id = useId();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [scenario, setScenario] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<LrsImportOutcome | undefined>();

  const load = async () => {
    const current = settings();
    if (current === undefined) {
      setMessage('Set up the Learning Record Store above first.');
      return;
    }
    const since = dayStart(from);
    // Up to and including the last day: the moment before the next one starts.
    const next = dayStart(to, 1);
    const until = next === undefined ? undefined : next - 1;
    if (since !== undefined && until !== undefined && since > until) {
      setMessage('The first day is after the last: swap them.');
      return;
    }
    setBusy(true);
    setOutcome(undefined);
    setMessage('Loading the scenarios…');
    try {
      const [read, loaded] = await Promise.all([reader(current), loadScenarios()]);
      const result = await importFromLrs(
        {
          activityBase: activityBase(current),
          ...(scenario === '' ? {} : { scenarioId: scenario }),
          ...(since === undefined ? {} : { since }),
          ...(until === undefined ? {} : { until }),
        },
        {
          read,
          store,
          scenarios: loaded,
          source: `the LRS at ${current.endpoint}`,
          now: Date.now(),
          onProgress: setMessage,
        },
      );
      setOutcome(result);
      setMessage(describe(result));
    } catch (error) {
      setMessage(
        `Nothing was loaded: ${error instanceof Error ? error.message : String(error)}. Test the connection above.`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="review-section lrs-settings">
      <h2 id={`${id}-heading`}>Load attempts from the LRS</h2>
      <p>
        Attempts played on other computers reach the LRS. Load them here to review them with the
        ones played in this browser; each is rebuilt from its statements and checked by replaying
        it, like an imported file.
      </p>
      <div className="lrs-settings__field">
        <label htmlFor={`${id}-scenario`}>Scenario</label>
        <select
          id={`${id}-scenario`}
          value={scenario}
          onChange={(e) => setScenario(e.target.value)}
        >
          <option value="">All scenarios</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </div>
      <div className="lrs-settings__field">
        <label htmlFor={`${id}-from`}>Stored in the LRS from (optional)</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
      </div>
      <div className="lrs-settings__field">
        <label htmlFor={`${id}-to`}>Up to and including (optional)</label>
        <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <div className="lrs-settings__actions">
        <button type="button" className="review-button" disabled={busy} onClick={() => void load()}>
          Load attempts from the LRS
        </button>
      </div>
      <p role="status">{message}</p>
      {outcome !== undefined && outcome.added > 0 && (
        <p>
          <a href={attemptsHref}>See them among the attempts</a>
        </p>
      )}
      {outcome !== undefined && outcome.broken.length > 0 && (
        <ul aria-label="Incomplete attempts in the LRS">
          {outcome.broken.slice(0, 50).map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
