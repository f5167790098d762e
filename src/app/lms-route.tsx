import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Scorecard } from '../core/scoring/scorecard-types.ts';
import { connectToLms, type LmsConnection, type LmsCourse } from '../features/lms/lms-course.ts';
import type { LmsLaunch } from '../features/lms/lms-launch.ts';
import { PlayerPage } from '../features/player/player-page.tsx';
import { markContentShown } from './content-shown.ts';
import { LazyScorecard, loadScorecard } from './lazy-scorecard.tsx';
import { shippedCard } from './shipped-library.ts';
import { useShippedScenario } from './use-shipped-scenarios.ts';

/** What the learner is called when the LMS gives no name. */
const NAMELESS = 'Learner';

function Shell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="app-shell">
      <h1>{title}</h1>
      {children}
    </main>
  );
}

/**
 * A scenario launched by an LMS (`?lms=scorm12|cmi5&scenario=<id>`): connects to the course,
 * plays the scenario as the LMS's learner (in Assessment mode when results are recorded),
 * reports the result when the scorecard appears, and leaves through the LMS. When the LMS
 * cannot be reached the trainee is told why and may still play, unrecorded.
 */
export default function LmsRoute({ launch }: { launch: LmsLaunch }) {
  const card = shippedCard(launch.scenarioId);
  const [connection, setConnection] = useState<LmsConnection | undefined>();
  const [playAnyway, setPlayAnyway] = useState(false);
  const [left, setLeft] = useState<'recorded' | 'unrecorded' | undefined>();
  const load = useShippedScenario(launch.scenarioId);

  useEffect(() => {
    if (card === undefined) return;
    let live = true;
    void connectToLms(launch, window.location.search, card.scoring.pass).then(
      (c) => live && setConnection(c),
    );
    return () => {
      live = false;
    };
  }, [launch, card]);

  if (card === undefined || load?.status === 'missing') {
    return (
      <Shell title="Scenario not found">
        <p role="alert">
          This course asks for the scenario “{launch.scenarioId}”, which this version of Extra Mile
          does not have. Tell whoever runs the course: the package may be out of date.
        </p>
      </Shell>
    );
  }
  if (load?.status === 'failed') {
    return (
      <Shell title="This scenario cannot be opened">
        <p role="alert">{load.message}</p>
      </Shell>
    );
  }
  if (left !== undefined) {
    return (
      <Shell title="Done">
        <p role="status">
          {left === 'recorded' ? 'Your course has your result. ' : ''}You can close this window.
        </p>
      </Shell>
    );
  }
  if (connection === undefined || load === undefined) {
    return (
      <Shell title={card.title}>
        <p role="status">Connecting to your course…</p>
      </Shell>
    );
  }
  if (connection.kind === 'standalone' && !playAnyway) {
    return (
      <Shell title={card.title}>
        <p role="alert">{connection.reason}</p>
        <button type="button" onClick={() => setPlayAnyway(true)}>
          Play anyway (not recorded by the course)
        </button>
      </Shell>
    );
  }
  const course = connection.kind === 'course' ? connection.course : undefined;
  const records = course?.recordsResults === true;
  return (
    <>
      {course !== undefined && !records && (
        <p role="note" className="app-shell">
          Your course opened this scenario to browse or review: this attempt is not recorded.
        </p>
      )}
      <PlayerPage
        key={launch.scenarioId}
        loaded={load.loaded}
        trainee={course?.learnerName || NAMELESS}
        mode={records ? 'assessment' : 'practice'}
        onExit={() => {
          if (course === undefined) setLeft('unrecorded');
          else void course.exit().then(() => setLeft(records ? 'recorded' : 'unrecorded'));
        }}
        onNext={undefined}
        exitLabel={course === undefined ? 'Leave' : 'Back to the course'}
        renderScorecard={(props) => (
          <>
            {course !== undefined && records && (
              <ReportToCourse course={course} scorecard={props.scorecard} />
            )}
            <LazyScorecard {...props} />
          </>
        )}
        onShown={() => {
          markContentShown();
          void loadScorecard();
        }}
      />
    </>
  );
}

/** Sends the result once, when the scorecard first shows, and says how it went. */
function ReportToCourse({ course, scorecard }: { course: LmsCourse; scorecard: Scorecard }) {
  const sent = useRef(false);
  const [outcome, setOutcome] = useState<string>('Sending your result to your course…');
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void course
      .report({ ended: scorecard.ending !== null, score: scorecard.overall })
      .then((report) =>
        setOutcome(
          report.problems.length === 0
            ? 'Your course has your result.'
            : `Your course did not take everything: ${report.problems.join(' ')}`,
        ),
      );
  }, [course, scorecard]);
  return (
    <p role="status" className="app-shell">
      {outcome}
    </p>
  );
}
