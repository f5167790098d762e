import { useEffect, useMemo, useState } from 'react';
import { isCounted } from '../../core/review/counted.ts';
import { scenarioReport } from '../../core/review/scenario-report.ts';
import type { AttemptSummary } from '../../core/review/review-types.ts';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { describeChoice, turnLabel } from './describe-choice.ts';
import { titleLookup, useReviewScenarios } from './review-context.ts';
import { reviewHref } from './review-links.ts';

/** Props of {@link ScenarioPage}. */
export interface ScenarioPageProps {
  /** The scenario's id. */
  scenarioId: string;
  /** Every attempt's summary (the page picks this scenario's). */
  rows: readonly AttemptSummary[];
}

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);
const show = (n: number | null) => (n === null ? '–' : String(Math.round(n)));
const seconds = (ms: number | null) => (ms === null ? '–' : `${Math.round(ms / 1000)} s`);

/** One scenario: pass rate, averages, the endings reached and, turn by turn, what trainees chose. */
export function ScenarioPage({ scenarioId, rows }: ScenarioPageProps) {
  const { cards, loadOne } = useReviewScenarios();
  const [loaded, setLoaded] = useState<{ id: string; value: LoadedScenario | undefined }>();
  useEffect(() => {
    let live = true;
    void loadOne(scenarioId).then((value) => live && setLoaded({ id: scenarioId, value }));
    return () => {
      live = false;
    };
  }, [loadOne, scenarioId]);
  const scenario = loaded?.id === scenarioId ? loaded.value : undefined;
  const title = titleLookup(cards)(scenarioId);
  const mine = useMemo(() => rows.filter((r) => r.scenarioId === scenarioId), [rows, scenarioId]);
  // The report covers the library's version of the scenario (its replies name the turns'
  // options) and trusted numbers only; the rest is counted in a note.
  const counted = useMemo(
    () =>
      mine.filter(
        (r) =>
          isCounted(r) &&
          (scenario === undefined || r.scenarioFingerprint === scenario.fingerprint),
      ),
    [mine, scenario],
  );
  const report = useMemo(
    () => scenarioReport(counted, describeChoice(scenario)),
    [counted, scenario],
  );
  const otherVersions =
    scenario === undefined
      ? 0
      : mine.filter((r) => isCounted(r) && r.scenarioFingerprint !== scenario.fingerprint).length;
  const untrusted = mine.filter((r) => !isCounted(r)).length;

  return (
    <section aria-labelledby="scenario-heading" className="review-section">
      <h2 id="scenario-heading">{title}</h2>
      <p className="review-links">
        <a href={reviewHref.attempts()}>All attempts</a>
      </p>
      {mine.length === 0 ? (
        <p>Nobody has tried this scenario in this browser yet.</p>
      ) : (
        <>
          <ul className="report-figures" aria-label="Summary">
            <li>
              <strong>{report.attempts}</strong> attempts ({report.finished} finished)
            </li>
            <li>
              <strong>{percent(report.passRate)}</strong> pass rate ({report.passed} of{' '}
              {report.scored})
            </li>
            <li>
              <strong>{show(report.averages.overall)}</strong> average overall
            </li>
            <li>
              <strong>{show(report.averages.tone)}</strong> average tone
            </li>
            <li>
              <strong>{show(report.averages.promptness)}</strong> average promptness
            </li>
            <li>
              <strong>{show(report.averages.extraMile)}</strong> average extra mile
            </li>
          </ul>

          {(otherVersions > 0 || untrusted > 0) && (
            <p className="report-note" role="note">
              Not counted here:{' '}
              {[
                otherVersions > 0 &&
                  `${otherVersions} ${otherVersions === 1 ? 'attempt' : 'attempts'} on an earlier version of this scenario`,
                untrusted > 0 &&
                  `${untrusted} imported ${untrusted === 1 ? 'attempt' : 'attempts'} that were altered or cannot be verified`,
              ]
                .filter(Boolean)
                .join('; ')}
              .
            </p>
          )}
          <h3>Endings</h3>
          <ul className="choice-list" aria-label="Endings reached">
            {report.endings.map((e) => (
              <li key={e.title} className="choice-bar">
                <span>{percent(e.share)}</span>{' '}
                <span>
                  {e.title} ({e.count}
                  {e.retained === null
                    ? ''
                    : e.retained
                      ? ', the customer stays'
                      : ', the customer leaves'}
                  {e.review === null ? '' : `, ${e.review} ★`})
                  <span
                    className="choice-bar__fill"
                    style={{ width: `${e.share * 100}%`, display: 'block' }}
                  />
                </span>
              </li>
            ))}
          </ul>

          <h3>Turn by turn</h3>
          <ol className="turn-reports">
            {report.turns.map((turn) => (
              <li key={turn.state} className={turn.hardest ? 'turn-report--worst' : undefined}>
                <h4>
                  “{turnLabel(scenario, turn.state)}”
                  {turn.hardest && <span className="flag flag--altered">Where most go wrong</span>}
                </h4>
                <p>
                  Reached by {turn.reached} {turn.reached === 1 ? 'attempt' : 'attempts'};{' '}
                  {percent(turn.missedShare)} missed a better reply; median reply{' '}
                  {seconds(turn.medianReplyMs)} of {seconds(turn.budgetMs)}
                  {turn.timeouts > 0 && `; ${turn.timeouts} let the customer wait too long`}.
                </p>
                <ul className="choice-list" aria-label="Replies chosen">
                  {turn.choices.map((c) => (
                    <li key={c.choice} className="choice-bar">
                      <span>{percent(c.share)}</span>{' '}
                      <span>
                        {c.choice === 'wait'
                          ? 'Did not reply in time'
                          : `chose “${c.reply ?? c.choice}”`}
                        <span
                          className="choice-bar__fill"
                          style={{ width: `${c.share * 100}%`, display: 'block' }}
                        />
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
