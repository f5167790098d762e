import { useId, useMemo, useState } from 'react';
import type { AnalysisReport } from '../../core/analysis/analysis-types.ts';
import type { StartPoint } from '../../core/attempt/attempt-log.ts';
import { situationAlong } from '../../core/play/situation-along.ts';
import { flagNames } from '../../core/scenario/flag-names.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';

/** Props of {@link PlaytestSetup}. */
export interface PlaytestSetupProps {
  /** The draft, loaded. */
  loaded: LoadedScenario;
  /** Its analysis (for the model answer's way to the turn). */
  analysis: AnalysisReport;
  /** The turn to start at. */
  state: string;
  /** Starts the playtest. */
  onStart: (start: StartPoint) => void;
  /** Back to the editor. */
  onCancel: () => void;
}

/** The mood and flags a conversation has at its very start. */
function atTheStart(loaded: LoadedScenario, state: string): StartPoint {
  return {
    state,
    mood: loaded.scenario.customer.mood,
    flags: { ...(loaded.scenario.machine.context ?? {}) },
  };
}

/**
 * Before a playtest from the middle: where the customer's mood and the flags stand. They
 * start as the model answer would bring them there (or as at the start of the scenario when
 * it does not pass there), and the author can set them.
 */
export function PlaytestSetup({ loaded, analysis, state, onStart, onCancel }: PlaytestSetupProps) {
  const suggested = useMemo((): { start: StartPoint; how: string } => {
    const along = situationAlong(loaded, analysis.modelAnswer ?? [], state);
    if (along !== undefined) return { start: along, how: 'as the model answer arrives here' };
    return {
      start: atTheStart(loaded, state),
      how: 'as at the start of the scenario (the model answer does not pass here)',
    };
  }, [loaded, analysis, state]);
  const [mood, setMood] = useState(suggested.start.mood);
  // Every flag the scenario names can be set, not only those declared or set on the way.
  const [flags, setFlags] = useState(() => ({
    ...Object.fromEntries(flagNames(loaded).map((f) => [f, false])),
    ...suggested.start.flags,
  }));
  const moodId = useId();
  const node = loaded.graph.states.get(suggested.start.state);
  const said = node?.meta.customer?.trim().split(/\n+/)[0];

  return (
    <section aria-labelledby="playtest-heading" className="playtest-setup">
      <h2 id="playtest-heading">Play from here</h2>
      <p>
        The conversation starts at <strong>{node?.key ?? state}</strong>
        {said === undefined ? '' : `: “${said.length > 100 ? `${said.slice(0, 97)}…` : said}”`}.
        Mood and flags are set {suggested.how}; change them to try another way in. It plays in
        Practice mode and is not saved.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onStart({ state: suggested.start.state, mood, flags });
        }}
      >
        <p>
          <label htmlFor={moodId}>Customer's mood (0 furious, 100 delighted)</label>{' '}
          <input
            id={moodId}
            type="number"
            min={0}
            max={100}
            step={1}
            required
            value={mood}
            onChange={(e) => {
              const value = Number(e.target.value);
              if (Number.isFinite(value)) setMood(Math.min(100, Math.max(0, Math.round(value))));
            }}
          />
        </p>
        {Object.keys(flags).length > 0 && (
          <fieldset>
            <legend>Flags</legend>
            {Object.entries(flags).map(([flag, on]) => (
              <label key={flag} className="playtest-setup__flag">
                <input
                  type="checkbox"
                  checked={on}
                  onChange={(e) => setFlags((all) => ({ ...all, [flag]: e.target.checked }))}
                />{' '}
                {flag}
              </label>
            ))}
          </fieldset>
        )}
        <p className="studio-toolbar">
          <button type="submit" className="studio-button">
            Start the playtest
          </button>
          <button type="button" className="studio-button studio-button--quiet" onClick={onCancel}>
            Back to the editor
          </button>
        </p>
      </form>
    </section>
  );
}
