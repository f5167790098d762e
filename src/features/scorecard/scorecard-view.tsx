import { useEffect, useRef } from 'react';
import type { AttemptLog } from '../../core/attempt/attempt-log.ts';
import type { TurnRecord } from '../../core/attempt/turn-record.ts';
import { impactFor } from '../../core/scoring/business-impact.ts';
import type { Scorecard } from '../../core/scoring/scorecard-types.ts';
import { downloadFile } from '../../ui/download-file.ts';
import { mayMoveFocus } from '../../ui/input-modality.ts';
import { attemptFileName, attemptFileText } from './attempt-file.ts';
import { EndingPanel } from './ending-panel.tsx';
import { ImpactPanel } from './impact-panel.tsx';
import { ScoreSummary } from './score-summary.tsx';
import { ScorecardActions } from './scorecard-actions.tsx';
import { timelineRows } from './timeline-rows.ts';
import { TurnTimeline } from './turn-timeline.tsx';
import { usePrintOpensDetails } from './use-print-opens-details.ts';
import './scorecard.css';

/** Props of {@link ScorecardView}. */
export interface ScorecardViewProps {
  /** The scored attempt. */
  scorecard: Scorecard;
  /** The replayed turns (what the customer said, the coach's feedback); without them the timeline shows replies and marks only. */
  turns?: readonly TurnRecord[] | undefined;
  /** The attempt's log: the download needs it (no download without it). */
  log?: AttemptLog | undefined;
  /** The customer's name (defaults to "Customer"). */
  customerName?: string | undefined;
  /** The attempt is saved in the browser (default); when false, a prominent download is offered. */
  durable?: boolean | undefined;
  /** Plays the scenario again; no button when absent (a manager reviewing). */
  onRetry?: (() => void) | undefined;
  /** Back to the library; no button when absent. */
  onExit?: (() => void) | undefined;
  /** The way back's words, when it does not lead to the library (a playtest). */
  exitLabel?: string | undefined;
  /** Next scenario; the button is hidden when absent. */
  onNext?: (() => void) | undefined;
  /** Take focus (or scroll into view) when shown, as at the end of a conversation. */
  focusOnMount?: boolean;
}

function formatDate(epochMs: number): string {
  return new Date(epochMs).toLocaleDateString(undefined, { dateStyle: 'long' });
}

/** The scorecard: verdict and dimensions, the ending, the turn-by-turn timeline, the business impact, and what next. */
export function ScorecardView(props: ScorecardViewProps) {
  const { scorecard, turns, log, onRetry, onExit, exitLabel, onNext } = props;
  const customerName = props.customerName ?? 'Customer';
  const durable = props.durable ?? true;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  usePrintOpensDetails(rootRef);
  const focusOnMount = props.focusOnMount ?? false;
  useEffect(() => {
    const heading = headingRef.current;
    if (!focusOnMount || heading === null) return;
    if (mayMoveFocus()) heading.focus();
    else if (typeof heading.scrollIntoView === 'function')
      heading.scrollIntoView({ block: 'start' });
  }, [focusOnMount]);

  const impact = impactFor(scorecard.ending, scorecard);
  const rows = timelineRows(scorecard, turns);
  const download =
    log === undefined
      ? undefined
      : () => downloadFile(attemptFileName(log), attemptFileText(log, scorecard));

  return (
    <section className="scorecard" aria-labelledby="scorecard-heading" ref={rootRef}>
      <div className="scorecard__title">
        <h2 id="scorecard-heading" tabIndex={-1} ref={headingRef}>
          Your scorecard
        </h2>
        {log !== undefined && (
          <p className="scorecard__who">
            {log.trainee} · {log.mode === 'practice' ? 'Practice' : 'Assessment'} ·{' '}
            {formatDate(log.startedAt)}
          </p>
        )}
      </div>
      {!durable && download !== undefined && (
        <div className="scorecard__keep">
          <p>
            <strong>This attempt is not saved in this browser.</strong> Download it to keep a copy
            or to hand it to your trainer.
          </p>
          <button type="button" className="scorecard__keep-button" onClick={download}>
            Download this attempt
          </button>
        </div>
      )}
      <ScoreSummary scorecard={scorecard} />
      {scorecard.ending !== null && (
        <EndingPanel ending={scorecard.ending} customerName={customerName} />
      )}
      <TurnTimeline rows={rows} customerName={customerName} />
      <ImpactPanel impact={impact} />
      <ScorecardActions
        onRetry={onRetry}
        onNext={onNext}
        onExit={onExit}
        exitLabel={exitLabel}
        onDownload={download}
      />
    </section>
  );
}
